'use client';

import { statusLabel } from '@deelwijs/content';
import { type DeelverzoekWizard, type Gebruiker, naarMedewerker } from '@deelwijs/contract';
import { magOpdrachtGeven } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { Dossieraantekening } from '@/components/dossieraantekening';
import { StatusLabel } from '@/components/status-label';
import { formatMoment } from '@/lib/datum';
import { Stap } from './stap';
import { Besluiten } from './stappen/besluiten';
import { VastgelegdContext } from './stappen/gebruik-opdracht';
import { MedewerkersContext } from './stappen/medewerkers';
import { NaVastleggenContext } from './stappen/velden';
import { DeelverzoekIntrekken } from './stappen/wendingen';

/**
 * The deelverzoek page. It starts from the view the server fetched; each command answers with the
 * next view, which replaces it at once. Who is logged in decides which actions are offered; the API
 * and the domain check the same again.
 */
export function DeelverzoekScherm({ begin, gebruiker }: { begin: DeelverzoekWizard; gebruiker: Gebruiker }) {
  const [view, setView] = useState(begin);
  // After a recorded step the focus goes to the next step's heading, or to the page's when it closed.
  const [naVastleggen, setNaVastleggen] = useState(false);
  const kop = useRef<HTMLHeadingElement>(null);
  const { proces } = view;
  const wie = naarMedewerker(gebruiker);
  const router = useRouter();
  const vastgelegd = (volgende: DeelverzoekWizard) => {
    setView(volgende);
    setNaVastleggen(true);
    // The browser's router still holds this page (and the lists that link to it) as the server first
    // sent it; coming back by a link would show that earlier state. Refreshing drops those copies and
    // fetches the page again in the background; what is on screen stays as the answer just set it.
    router.refresh();
  };
  useEffect(() => {
    if (naVastleggen && view.afgesloten) kop.current?.focus();
  }, [naVastleggen, view.afgesloten]);
  return (
    <VastgelegdContext.Provider value={vastgelegd}>
      <NaVastleggenContext.Provider value={naVastleggen}>
        <MedewerkersContext.Provider value={view.medewerkers}>
          <p className="text-sm text-slate-600">
            Deelverzoek voor cliënt <span className="font-mono">{view.client.pseudoniem}</span>
          </p>
          <div className="mt-1 flex items-start justify-between gap-4">
            <h1 ref={kop} tabIndex={-1} className="text-2xl font-semibold">
              {view.doel}
            </h1>
            <StatusLabel label={statusLabel[view.status]} afgesloten={view.afgesloten} />
          </div>
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
            <dt className="text-slate-600">Ontvangers</dt>
            <dd>
              {view.ontvangers.map((o) => (o.rol ? `${o.organisatie} (${o.rol})` : o.organisatie)).join(', ')}
            </dd>
            <dt className="text-slate-600">Verantwoordelijke casemanager</dt>
            <dd data-testid="eigenaar">{view.eigenaar.naam ?? view.eigenaar.gebruikerId}</dd>
            <dt className="text-slate-600">Gestart</dt>
            <dd>{formatMoment(view.aangemaaktOp)}</dd>
            <dt className="text-slate-600">Handleiding en beleid</dt>
            <dd>
              versie {view.contentVersie} · {view.beleidVersie}
            </dd>
          </dl>

          <p className="mt-4 flex gap-4 text-sm">
            <a href={`/api/v1/deelverzoeken/${view.id}/verantwoording`} target="_blank" rel="noreferrer">
              Verantwoording (afdrukbaar)<span className="sr-only"> (opent in een nieuw tabblad)</span>
            </a>
            <a href={`/api/v1/deelverzoeken/${view.id}/verantwoording.pdf`} target="_blank" rel="noreferrer">
              Verantwoording als PDF<span className="sr-only"> (opent in een nieuw tabblad)</span>
            </a>
          </p>

          <Besluiten aantekeningen={view.aantekeningen} />

          {proces && !view.afgesloten && (
            <>
              {/* A new state is a new form: nothing typed for the step just recorded stays behind. */}
              <Stap key={view.volgnummer} view={view} proces={proces} wie={wie} />
              {magOpdrachtGeven('intrekken', wie.rollen) && (
                <DeelverzoekIntrekken deelverzoekId={view.id} volgnummer={view.volgnummer} />
              )}
            </>
          )}

          <section aria-labelledby="dossier" className="mt-10">
            <h2 id="dossier" className="text-lg font-semibold">
              Dossieraantekeningen
            </h2>
            <ol className="mt-3 space-y-3 border-l-2 border-merk/30 pl-4">
              {view.aantekeningen.map((a) => (
                <li key={a.id} className="rounded-md bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200">
                  <Dossieraantekening a={a} extra={<> · handleiding {a.contentVersie}</>} />
                </li>
              ))}
            </ol>
          </section>
        </MedewerkersContext.Provider>
      </NaVastleggenContext.Provider>
    </VastgelegdContext.Provider>
  );
}
