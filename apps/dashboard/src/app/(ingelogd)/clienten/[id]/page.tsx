import { clientCorrectieTekst, jaNeeLabel } from '@deelwijs/content';
import { type ClientDetail, type ClientDossierregel, routes, type ToestemmingView } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Dossieraantekening } from '@/components/dossieraantekening';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, bestaatNiet, eenmaal, huidigeGebruiker, titelVan } from '@/lib/api.server';
import { mag } from '@/lib/toegang';
import { Correcties } from './correcties';
import { Toestemmingen } from './toestemmingen';

/** The client's pseudonym, not the name: the title lands in the browser's history. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return {
    title: await titelVan(
      () => eenmaal(`/clienten/${id}`),
      (c) => `Cliënt ${c.pseudoniem}`,
      'Cliënt',
    ),
  };
}

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const geweigerd = await zonderToegang('het dossier van een cliënt', routes.clientVinden);
  if (geweigerd) return geweigerd;
  const gebruiker = await huidigeGebruiker();
  const { id } = await params;
  let client: ClientDetail;
  let dossier: ClientDossierregel[];
  // Consents are the casemanager's: others see the file, not this list.
  const toestemmingenZien = mag(gebruiker, routes.clientToestemmingen);
  let toestemmingen: ToestemmingView[] = [];
  try {
    [client, dossier, toestemmingen] = await Promise.all([
      eenmaal(`/clienten/${id}`),
      apiGet(`/clienten/${id}/dossieraantekeningen`),
      toestemmingenZien ? apiGet(`/clienten/${id}/toestemmingen`) : Promise.resolve([]),
    ]);
  } catch (fout) {
    if (bestaatNiet(fout)) notFound();
    throw fout;
  }
  const naamVan = (p: { soort: 'client' } | { soort: 'vertegenwoordiger'; id: string }) =>
    p.soort === 'client'
      ? `${client.naam} (cliënt)`
      : (client.vertegenwoordigers.find((v) => v.id === p.id)?.naam ?? 'onbekend');
  return (
    <>
      <p className="font-mono text-sm text-slate-600" data-testid="pseudoniem">
        {client.pseudoniem}
      </p>
      <div className="flex items-start justify-between">
        <h1 className="text-2xl font-semibold">{client.naam}</h1>
        {mag(gebruiker, routes.deelverzoekStarten) && (
          <Link href={`/deelverzoeken/nieuw?client=${client.id}`} className="knop">
            Nieuw deelverzoek
          </Link>
        )}
      </div>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600">Geboortedatum</dt>
        <dd>{new Date(`${client.geboortedatum}T12:00:00Z`).toLocaleDateString('nl-NL')}</dd>
        <dt className="text-slate-600">Wilsonbekwaam</dt>
        <dd>{client.wilsonbekwaam ? jaNeeLabel.ja : jaNeeLabel.nee}</dd>
        <dt className="text-slate-600">Vertegenwoordigers</dt>
        <dd>
          {client.vertegenwoordigers.length
            ? client.vertegenwoordigers.map((v) => `${v.naam} (${v.rolLabel})`).join(', ')
            : 'geen'}
        </dd>
      </dl>

      <section
        aria-labelledby="toestemming"
        className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      >
        <h2 id="toestemming" className="text-lg font-semibold">
          Wie geeft toestemming?
        </h2>
        {client.toestemming.ok ? (
          <>
            <p className="mt-2">{client.toestemming.waarde.uitleg}</p>
            <p className="mt-2 text-sm">
              {client.toestemming.waarde.vereist === 'allen'
                ? 'Toestemming nodig van allen:'
                : 'Toestemming van één van hen volstaat:'}{' '}
              <strong>{client.toestemming.waarde.toestemmers.map(naamVan).join(', ')}</strong>
            </p>
            {client.toestemming.waarde.informeren.length > 0 && (
              <p className="mt-1 text-sm">
                Informeren: {client.toestemming.waarde.informeren.map(naamVan).join(', ')}
              </p>
            )}
            <p className="mt-2 text-xs text-slate-500">Bron: {client.toestemming.waarde.bron}</p>
          </>
        ) : (
          client.toestemming.overtredingen.map((o) => (
            <p key={o.code} role="alert" className="mt-2 text-red-800">
              {o.bericht} <span className="text-xs text-red-700">(bron: {o.bron})</span>
            </p>
          ))
        )}
      </section>

      {/* Only who may correct sees the forms: the API refuses everyone else. */}
      {mag(gebruiker, routes.clientCorrigeren) && <Correcties client={client} />}

      {toestemmingenZien && <Toestemmingen toestemmingen={toestemmingen} />}

      <section aria-labelledby="dossier" className="mt-10">
        <h2 id="dossier" className="text-lg font-semibold">
          Dossier
        </h2>
        {dossier.length === 0 ? (
          <p className="mt-2 text-slate-600">Nog geen aantekeningen.</p>
        ) : (
          <ol className="mt-3 space-y-3 border-l-2 border-merk/30 pl-4">
            {dossier.map((a) => (
              <li key={a.id} className="rounded-md bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
                <Dossieraantekening
                  a={a}
                  extra={
                    <>
                      {' '}
                      ·{' '}
                      {a.deelverzoekId ? (
                        <Link href={`/deelverzoeken/${a.deelverzoekId}`}>naar het deelverzoek</Link>
                      ) : (
                        clientCorrectieTekst.overDeClient
                      )}
                    </>
                  }
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
