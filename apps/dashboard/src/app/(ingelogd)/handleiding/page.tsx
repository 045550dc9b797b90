import type { Metadata } from 'next';
import Link from 'next/link';
import { apiGet } from '@/lib/api.server';
import { onderdeelPad } from '@/lib/handleiding';

export const metadata: Metadata = { title: 'Handleiding' };

export default async function HandleidingPage() {
  const index = await apiGet('/handleiding');
  return (
    <>
      <h1 className="text-2xl font-semibold">Handleiding</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Hier zoekt u op hoe u zorgvuldig beslist over het delen van gegevens van een cliënt. De inhoud volgt “
        {index.document.titel}” ({index.document.uitgever}); bij elk onderdeel staat waar het in dat document
        te vinden is.
      </p>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600">Contentversie</dt>
        <dd>
          {index.versie} {index.actueel ? '(de nieuwste)' : `(nieuwste: ${index.nieuwsteVersie})`}
        </dd>
        <dt className="text-slate-600">Vastgesteld op</dt>
        <dd>{new Date(`${index.datum}T12:00:00Z`).toLocaleDateString('nl-NL', { dateStyle: 'long' })}</dd>
        <dt className="text-slate-600">Alle versies</dt>
        <dd>{index.beschikbareVersies.join(', ')}</dd>
      </dl>

      <h2 className="mt-8 text-lg font-semibold">Onderdelen</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {index.onderdelen.map((o) => (
          <li key={o.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={onderdeelPad[o.id] ?? '/handleiding'} className="font-medium">
              {o.id === 'bijlage-1' ? 'Wat mag ik delen met wie?' : o.titel}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{o.omschrijving}</p>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-lg font-semibold">Wat is er veranderd?</h2>
      <ol className="mt-3 space-y-3">
        {index.changelog.map((c) => (
          <li key={c.versie} className="text-sm">
            <p className="font-medium">
              Versie {c.versie} <span className="font-normal text-slate-600">({c.datum})</span>
            </p>
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {c.wijzigingen.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="mt-6 text-xs text-slate-500">{index.document.opmerking}</p>
    </>
  );
}
