import type { Metadata } from 'next';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { wetsartikelTekst } from '@/lib/handleiding';
import { begripTermen } from '@/lib/handleiding.server';

export const metadata: Metadata = { title: 'Grondslagen' };

export default async function GrondslagenPage() {
  const [data, termen] = await Promise.all([apiGet('/handleiding/grondslagen'), begripTermen()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Grondslagen</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        U deelt persoonsgegevens alleen als daar een wettelijke grond voor is. De AVG kent er zes; één die
        past is genoeg.
      </p>
      <ol className="mt-6 space-y-4">
        {data.grondslagen.map((g) => (
          <li
            key={g.id}
            id={`grondslag-${g.id}`}
            className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm target:ring-2 target:ring-amber-300"
          >
            <h2 className="text-lg font-semibold">
              {g.nummer}. {g.naam}{' '}
              <span className="text-sm font-normal text-slate-600">({g.avgArtikel})</span>
            </h2>
            <p className="mt-1">{g.uitleg}</p>
            <h3 className="mt-3 text-sm font-semibold">Past als</h3>
            <ul className="list-disc pl-5 text-sm">
              {g.wanneer.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
            {g.letOp.length > 0 && (
              <>
                <h3 className="mt-3 text-sm font-semibold">Let op</h3>
                <ul className="list-disc pl-5 text-sm">
                  {g.letOp.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </>
            )}
            <BegripLinks ids={g.begrippen} termen={termen} />
            <BronRegel bron={g.bron} />
          </li>
        ))}
      </ol>

      <section aria-labelledby="eisen" className="mt-10">
        <h2 id="eisen" className="text-lg font-semibold">
          Wanneer telt een toestemming?
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {data.toestemmingsEisen.map((e) => (
            <div key={e.id} className="contents">
              <dt className="font-medium">{e.naam}</dt>
              <dd className="text-slate-700">{e.uitleg}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="redenen" className="mt-10">
        <h2 id="redenen" className="text-lg font-semibold">
          Gerechtvaardigde redenen om de cliënt niet vooraf in te lichten
        </h2>
        <ul className="mt-2 space-y-3">
          {data.gerechtvaardigdeRedenen.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-medium">{r.naam}</p>
              <p className="mt-1 text-slate-700">{r.uitleg}</p>
              <p className="mt-1 text-sm text-slate-600">Bijvoorbeeld: {r.voorbeeld}</p>
              <p className="mt-1 text-sm text-slate-600">{wetsartikelTekst(r.wetsartikel)}</p>
              <BronRegel bron={r.bron} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
