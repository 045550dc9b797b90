import type { Metadata } from 'next';
import Link from 'next/link';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { begripHref } from '@/lib/handleiding';

export const metadata: Metadata = { title: 'Begrippen' };

export default async function BegrippenPage() {
  const { items } = await apiGet('/handleiding/begrippen');
  const term = Object.fromEntries(items.map((b) => [b.id, b.term]));
  return (
    <>
      <h1 className="text-2xl font-semibold">Begrippen</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        De woorden die in de handleiding en in Deelwijs steeds terugkomen, met een korte uitleg. Andere
        pagina’s verwijzen hiernaar.
      </p>
      <nav aria-label="Begrippen van A tot Z" className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {items.map((b) => (
          <a key={b.id} href={`#${b.anker}`}>
            {b.term}
          </a>
        ))}
      </nav>
      <dl className="mt-6 space-y-3">
        {items.map((b) => (
          <div
            key={b.id}
            id={b.anker}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm target:border-amber-400 target:bg-amber-50 target:ring-2 target:ring-amber-300"
          >
            <dt className="font-semibold">{b.term}</dt>
            <dd className="mt-1 text-slate-800">
              {b.uitleg}
              {b.zieOok.length > 0 && (
                <p className="mt-2 text-sm">
                  <span className="text-slate-600">Zie ook: </span>
                  {b.zieOok.map((z, i) => (
                    <span key={z}>
                      {i > 0 && ', '}
                      <Link href={begripHref(z)}>{term[z] ?? z}</Link>
                    </span>
                  ))}
                </p>
              )}
              <BronRegel bron={b.bron} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
