import type { AfwegingView } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { Beslisschema } from '@/components/handleiding/beslisschema';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { ApiFout, eenmaal, titelVan } from '@/lib/api.server';
import { begripTermen } from '@/lib/handleiding.server';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const pad = `/handleiding/afwegingen/${encodeURIComponent(id)}` as const;
  return {
    title: await titelVan(
      () => eenmaal(pad),
      (a) => a.titel,
      'Afweging',
    ),
  };
}

export default async function AfwegingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let afweging: AfwegingView;
  try {
    afweging = await eenmaal(`/handleiding/afwegingen/${encodeURIComponent(id)}`);
  } catch (fout) {
    if (fout instanceof ApiFout && fout.status === 404) notFound();
    throw fout;
  }
  const termen = await begripTermen();
  // 4a and 4b have questions to discuss with others; skip them here when the reflection list repeats them.
  const reflectie = new Set(afweging.reflectievragen.map((v) => v.tekst));
  const toetsvragen = afweging.toetsvragen.every((v) => reflectie.has(v.tekst)) ? [] : afweging.toetsvragen;
  return (
    <article>
      <p className="text-sm">
        <Link href="/handleiding/afwegingen">Alle afwegingen</Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold">{afweging.titel}</h1>
      <p className="mt-2 max-w-3xl text-lg text-slate-800">{afweging.kernvraag}</p>
      {afweging.uitleg.map((u) => (
        <p key={u} className="mt-2 max-w-3xl text-slate-700">
          {u}
        </p>
      ))}
      <BegripLinks ids={afweging.begrippen} termen={termen} label="Begrippen bij deze afweging" />
      <BronRegel bron={afweging.bron} />

      <section aria-labelledby="schema" className="mt-8">
        <h2 id="schema" className="text-lg font-semibold">
          Beslisschema
        </h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          Begin bovenaan. Bij elke vraag volgt u de tak van uw antwoord.
        </p>
        <Beslisschema afweging={afweging} termen={termen} />
      </section>

      {toetsvragen.length > 0 && (
        <section aria-labelledby="toetsvragen" className="mt-8">
          <h2 id="toetsvragen" className="text-lg font-semibold">
            Bespreek deze vragen met een collega en uw leidinggevende
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-6">
            {toetsvragen.map((v) => (
              <li key={v.id}>{v.tekst}</li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="reflectie" className="mt-8">
        <h2 id="reflectie" className="text-lg font-semibold">
          Vragen om uzelf te stellen
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {afweging.reflectievragen.map((v) => (
            <li key={v.id}>{v.tekst}</li>
          ))}
        </ul>
      </section>

      {afweging.situaties.length > 0 && (
        <section aria-labelledby="situaties" className="mt-8">
          <h2 id="situaties" className="text-lg font-semibold">
            Wanneer speelt dit?
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {afweging.situaties.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="vastleggen" className="mt-8">
        <h2 id="vastleggen" className="text-lg font-semibold">
          Wat u in het dossier noteert
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {afweging.vastleggen.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="casus" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="casus" className="text-lg font-semibold">
          Voorbeeld: {afweging.casus.titel}
        </h2>
        <p className="mt-2">{afweging.casus.situatie}</p>
        <p className="mt-2 font-medium">{afweging.casus.vraag}</p>
        <p className="mt-2 text-slate-700">{afweging.casus.uitwerking}</p>
      </section>
    </article>
  );
}
