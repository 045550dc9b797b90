import type { Metadata } from 'next';
import Link from 'next/link';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';

export const metadata: Metadata = { title: 'Afwegingen' };

export default async function AfwegingenPage() {
  const { items } = await apiGet('/handleiding/afwegingen');
  return (
    <>
      <h1 className="text-2xl font-semibold">Afwegingen</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Voordat u iets over een cliënt deelt, loopt u deze stappen na. Elke afweging staat hieronder als
        beslisschema: u beantwoordt een vraag met ja of nee en ziet waar dat op uitkomt.
      </p>
      <ol className="mt-6 space-y-3">
        {items.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={`/handleiding/afwegingen/${a.id}`} className="font-medium">
              {a.titel}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{a.kernvraag}</p>
            <BronRegel bron={a.bron} />
          </li>
        ))}
      </ol>
    </>
  );
}
