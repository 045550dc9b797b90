import type { Metadata } from 'next';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { Bijlage1Tabel } from '@/components/handleiding/bijlage-1-tabel';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { begripTermen } from '@/lib/handleiding.server';

export const metadata: Metadata = { title: 'Wat mag ik delen met wie?' };

type Zoek = Partial<Record<'zoek' | 'domein' | 'pet' | 'gegevenscategorie', string | string[]>>;

const een = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function WatMagIkDelenPage({ searchParams }: { searchParams: Promise<Zoek> }) {
  const zoek = await searchParams;
  // All rows at once; the table filters in the browser. Unknown ids in the URL are ignored.
  const [data, grondslagen, termen] = await Promise.all([
    apiGet('/handleiding/bijlage-1'),
    apiGet('/handleiding/grondslagen'),
    begripTermen(),
  ]);
  const bekend = (waarde: string, ids: string[]) => (ids.includes(waarde) ? waarde : '');
  const begin = {
    zoek: een(zoek.zoek),
    domein: bekend(
      een(zoek.domein),
      data.domeinen.map((d) => d.id),
    ),
    pet: bekend(
      een(zoek.pet),
      data.petten.map((p) => p.id),
    ),
    gegevenscategorie: bekend(
      een(zoek.gegevenscategorie),
      data.gegevenscategorieen.map((c) => c.id),
    ),
  };
  const grondslagNamen = Object.fromEntries(grondslagen.grondslagen.map((g) => [g.id, g.naam]));
  return (
    <>
      <h1 className="text-2xl font-semibold">Wat mag ik delen met wie?</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Zoek uw pet op: de rol en de wet waaronder u in deze zaak werkt. Per pet ziet u op welke grond u mag
        delen, welke gegevens wel en welke juist niet, en wat er in het dossier moet komen.
      </p>
      <details className="mt-3 max-w-3xl text-sm">
        <summary className="cursor-pointer text-merk">Algemene regels die altijd gelden</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {data.algemeneRegels.map((r) => (
            <li key={r.id}>{r.tekst}</li>
          ))}
        </ul>
        {data.inleiding.map((t) => (
          <p key={t} className="mt-2 text-slate-700">
            {t}
          </p>
        ))}
      </details>
      <BegripLinks ids={data.begrippen} termen={termen} label="Begrippen op deze pagina" />
      <Bijlage1Tabel data={data} grondslagNamen={grondslagNamen} begin={begin} />
      {data.regels[0] && (
        <BronRegel
          bron={{
            ...data.regels[0].bron,
            pagina: Math.min(...data.regels.map((r) => r.bron.pagina)),
            paginaTot: Math.max(...data.regels.map((r) => r.bron.paginaTot ?? r.bron.pagina)),
          }}
        />
      )}
    </>
  );
}
