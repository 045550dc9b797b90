import type { Metadata } from 'next';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { wetsartikelTekst } from '@/lib/handleiding';
import { begripTermen } from '@/lib/handleiding.server';

export const metadata: Metadata = { title: 'Beroepsgeheim' };

export default async function BeroepsgeheimPage() {
  const [b, termen] = await Promise.all([apiGet('/handleiding/beroepsgeheim'), begripTermen()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Beroepsgeheim</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{b.doel}</p>
      <ul className="mt-2 max-w-3xl list-disc space-y-1 pl-5 text-sm text-slate-700">
        {b.verhoudingTotAvg.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <BegripLinks ids={b.begrippen} termen={termen} />
      <BronRegel bron={b.bron} />

      <h2 className="mt-8 text-lg font-semibold">Wie heeft een beroepsgeheim?</h2>
      <ul className="mt-2 grid gap-3 md:grid-cols-2">
        {b.dragers.map((d) => (
          <li key={d.klasse} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-medium">{d.naam}</p>
            <p className="mt-1 text-sm">{d.uitleg}</p>
            <p className="mt-1 text-sm text-slate-700">Onder meer: {d.wie.join(', ')}.</p>
            <p className="mt-1 text-xs text-slate-600">
              {d.wettelijkeBasis.map(wetsartikelTekst).join('; ')}
            </p>
            {d.afweging4c && <p className="mt-1 text-xs font-medium">Doorloop hierbij afweging 4c.</p>}
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-lg font-semibold">Wanneer mag u het doorbreken?</h2>
      <ul className="mt-2 space-y-3">
        {b.uitzonderingen.map((u) => (
          <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-medium">{u.naam}</p>
            <p className="mt-1 text-sm">{u.uitleg}</p>
            {u.voorbeelden.length > 0 && (
              <p className="mt-1 text-sm text-slate-700">Bijvoorbeeld: {u.voorbeelden.join('; ')}.</p>
            )}
            {u.vereistAkkoordLeidinggevende && (
              <p className="mt-1 text-sm font-medium">Hiervoor tekent uw leidinggevende.</p>
            )}
            <BegripLinks ids={u.begrippen} termen={termen} />
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-lg font-semibold">Conflict van plichten: alle vijf moeten kloppen</h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">{b.conflictVanPlichten.uitleg}</p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {b.conflictVanPlichten.voorwaarden.map((v) => (
          <li key={v.id}>
            {v.tekst} <span className="text-sm text-slate-600">({v.vraag})</span>
          </li>
        ))}
      </ol>

      <h2 className="mt-8 text-lg font-semibold">Wat staat er op het spel?</h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {b.risicos.map((r) => (
          <li key={r.tekst}>
            <span className="font-medium">{r.voor === 'client' ? 'Voor de cliënt' : 'Voor u'}:</span>{' '}
            {r.tekst}
          </li>
        ))}
      </ul>
    </>
  );
}
