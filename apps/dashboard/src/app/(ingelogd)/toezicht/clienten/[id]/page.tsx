import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { zonderToegang } from '@/components/geen-toegang';
import { InzienFormulier } from './inzien-formulier';

export const metadata: Metadata = { title: 'Cliënt (toezicht)' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PSEUDONIEM = /^CL-[A-Z0-9]{1,12}$/;

/**
 * One client for the privacy officer: the answer to an access request (AVG art. 15) to download,
 * and the file itself only after stating why. Nothing of the client is fetched until then: even
 * the export is only made when it is downloaded, so every look is one the client can see.
 */
export default async function ToezichtClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ pseudoniem?: string }>;
}) {
  const geweigerd = await zonderToegang('het toezicht', routes.toezichtInzien);
  if (geweigerd) return geweigerd;
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const { pseudoniem } = await searchParams;
  const kenmerk = pseudoniem && PSEUDONIEM.test(pseudoniem) ? pseudoniem : undefined;
  return (
    <>
      <p className="text-sm">
        <Link href="/toezicht">Terug naar Toezicht</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        Cliënt {kenmerk && <span className="font-mono">{kenmerk}</span>}
      </h1>

      <section aria-labelledby="gedeeld" className="mt-6">
        <h2 id="gedeeld" className="text-lg font-semibold">
          Wat is er over mij gedeeld?
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-slate-600">
          Het antwoord op een inzageverzoek van de cliënt (AVG art. 15): elke verstrekking over deze cliënt en
          wie het dossier heeft ingezien. De PDF is in gewone taal, om aan de cliënt te geven. Ook het
          downloaden komt in het toegangslog.
        </p>
        <ul className="mt-3 flex gap-4 text-sm">
          <li>
            <a href={`/api/v1/clienten/${id}/inzage-export.pdf`} download className="knop">
              Download als PDF
            </a>
          </li>
          <li>
            <a
              href={`/api/v1/clienten/${id}/inzage-export`}
              download={`inzage-${kenmerk ?? id}.json`}
              className="knop-licht"
            >
              Download als JSON
            </a>
          </li>
        </ul>
        <p className="mt-2 text-xs text-slate-600">
          Het JSON Schema staat op{' '}
          <a href="/api/v1/schemas/inzage-export.json">/api/v1/schemas/inzage-export.json</a>.
        </p>
      </section>

      <section aria-labelledby="inzien" className="mt-8">
        <h2 id="inzien" className="text-lg font-semibold">
          Inzien met reden
        </h2>
        <p className="mt-2 max-w-2xl text-sm text-slate-600">
          U opent het dossier alleen als dat nodig is voor uw toezicht. Noem waarom. De reden en uw rol komen
          in het toegangslog en staan in de inzage-export van deze cliënt.
        </p>
        <InzienFormulier clientId={id} />
      </section>
    </>
  );
}
