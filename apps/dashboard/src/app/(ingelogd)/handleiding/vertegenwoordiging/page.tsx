import type { Metadata } from 'next';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { wetsartikelTekst } from '@/lib/handleiding';
import { begripTermen } from '@/lib/handleiding.server';

export const metadata: Metadata = { title: 'Leeftijd en vertegenwoordiging' };

export default async function VertegenwoordigingPage() {
  const [v, termen] = await Promise.all([apiGet('/handleiding/vertegenwoordiging'), begripTermen()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Leeftijd en vertegenwoordiging</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Wie er ja moet zeggen tegen het delen, hangt af van de leeftijd van de cliënt en of hij zelf kan
        overzien wat het betekent.
      </p>
      <BronRegel bron={v.bron} />
      <ul className="mt-6 space-y-3">
        {v.regels.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold">{r.naam}</h2>
            <p className="mt-1 text-sm">
              <span className="text-slate-600">Toestemming van: </span>
              {r.wieGeeftToestemming.join('; ')}
            </p>
            <p className="mt-1 text-sm">
              <span className="text-slate-600">De cliënt zelf: </span>
              {r.rolClient}
            </p>
            {r.uitzonderingen.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                {r.uitzonderingen.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            )}
            <p className="mt-1 text-xs text-slate-600">{r.wetsartikelen.map(wetsartikelTekst).join('; ')}</p>
            <BegripLinks ids={r.begrippen} termen={termen} />
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-semibold">Volwassene die het zelf niet kan overzien: wie eerst?</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {[...v.rangorde]
          .sort((a, b) => a.positie - b.positie)
          .map((r) => (
            <li key={r.id}>
              <span className="font-medium">{r.naam}</span> — {r.uitleg}
            </li>
          ))}
      </ol>
      <p className="mt-1 text-xs text-slate-600">{wetsartikelTekst(v.rangordeArtikel)}</p>
    </>
  );
}
