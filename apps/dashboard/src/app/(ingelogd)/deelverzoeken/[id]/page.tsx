import { type DeelverzoekView, type DossieraantekeningView, routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { zonderToegang } from '@/components/geen-toegang';
import { StatusLabel } from '@/components/status-label';
import { apiGet, bestaatNiet } from '@/lib/api.server';
import { formatMoment } from '@/lib/datum';
import { Afweging1Formulier } from './stappen/afweging-1';
import { Afweging2 } from './stappen/afweging-2';
import { Afweging3 } from './stappen/afweging-3';
import { Toestemmingsstap } from './stappen/toestemming';
import { Verstrekkingsstap } from './stappen/verstrekking';
import { DeelverzoekIntrekken } from './stappen/wendingen';
import { WachtOpRegistratie } from './wacht-op-registratie';

export const metadata: Metadata = { title: 'Deelverzoek' };

export default async function DeelverzoekPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ 'in-behandeling'?: string }>;
}) {
  const geweigerd = await zonderToegang('een deelverzoek', routes.deelverzoekVinden);
  if (geweigerd) return geweigerd;
  const { id } = await params;
  let deelverzoek: DeelverzoekView;
  let aantekeningen: DossieraantekeningView[];
  try {
    [deelverzoek, aantekeningen] = await Promise.all([
      apiGet(`/deelverzoeken/${id}`),
      apiGet(`/deelverzoeken/${id}/dossieraantekeningen`),
    ]);
  } catch (fout) {
    if (bestaatNiet(fout)) {
      if ((await searchParams)['in-behandeling']) return <WachtOpRegistratie />;
      notFound();
    }
    throw fout;
  }
  return (
    <>
      <p className="text-sm text-slate-600">
        Deelverzoek voor cliënt <span className="font-mono">{deelverzoek.client.pseudoniem}</span>
      </p>
      <div className="mt-1 flex items-start justify-between gap-4">
        <h1 className="text-2xl font-semibold">{deelverzoek.doel}</h1>
        <StatusLabel label={deelverzoek.statusLabel} afgesloten={deelverzoek.afgesloten} />
      </div>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600">Ontvangers</dt>
        <dd>
          {deelverzoek.ontvangers
            .map((o) => (o.rol ? `${o.organisatie} (${o.rol})` : o.organisatie))
            .join(', ')}
        </dd>
        <dt className="text-slate-600">Gestart</dt>
        <dd>{formatMoment(deelverzoek.aangemaaktOp)}</dd>
        <dt className="text-slate-600">Handleiding en beleid</dt>
        <dd>
          versie {deelverzoek.contentVersie} · {deelverzoek.beleidVersie}
        </dd>
      </dl>

      <p className="mt-4 flex gap-4 text-sm">
        <a href={`/api/v1/deelverzoeken/${deelverzoek.id}/verantwoording`} target="_blank" rel="noreferrer">
          Verantwoording (afdrukbaar)
        </a>
        <a
          href={`/api/v1/deelverzoeken/${deelverzoek.id}/verantwoording.pdf`}
          target="_blank"
          rel="noreferrer"
        >
          Verantwoording als PDF
        </a>
      </p>

      {!deelverzoek.afgesloten && <Stap deelverzoek={deelverzoek} />}
      {!deelverzoek.afgesloten && (
        <DeelverzoekIntrekken deelverzoekId={deelverzoek.id} volgnummer={deelverzoek.volgnummer} />
      )}

      <section aria-labelledby="dossier" className="mt-10">
        <h2 id="dossier" className="text-lg font-semibold">
          Dossieraantekeningen
        </h2>
        <ol className="mt-3 space-y-3 border-l-2 border-merk/30 pl-4">
          {aantekeningen.map((a) => (
            <li key={a.id} className="rounded-md bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
              <p className="text-xs text-slate-500">
                {formatMoment(a.op)} · {a.door.gebruikerId} · handleiding {a.contentVersie}
              </p>
              <p className="mt-1 whitespace-pre-line">{a.tekst}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The wizard: the form for the step the process is in, fed by the workflow's own state. */
async function Stap({ deelverzoek }: { deelverzoek: DeelverzoekView }) {
  if (deelverzoek.status === 'afweging-1')
    return <Afweging1Formulier deelverzoekId={deelverzoek.id} volgnummer={deelverzoek.volgnummer} />;
  const [proces, client] = await Promise.all([
    apiGet(`/deelverzoeken/${deelverzoek.id}/proces`),
    apiGet(`/clienten/${deelverzoek.client.id}`),
  ]);
  const namen = Object.fromEntries(client.vertegenwoordigers.map((v) => [v.id, `${v.naam} (${v.rolLabel})`]));
  switch (proces.status) {
    case 'afweging-2':
      return <Afweging2 proces={proces} />;
    case 'afweging-3':
      return <Afweging3 proces={proces} />;
    case 'toestemming':
      return <Toestemmingsstap proces={proces} namen={namen} />;
    case 'verstrekking':
      return <Verstrekkingsstap proces={proces} />;
    default:
      return (
        <p className="mt-8 max-w-3xl rounded-md border border-slate-200 bg-white p-4 text-sm">
          Deze stap ({deelverzoek.statusLabel}) legt u nu nog vast via de API (
          <code>POST /api/v1/deelverzoeken/…/opdrachten</code>); het scherm ervoor volgt.
        </p>
      );
  }
}
