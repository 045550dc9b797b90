'use client';

import { type GegevenscategorieId, gegevenscategorieen } from '@deelwijs/content';
import { AFWEGING_3_VRAGEN, type Antwoorden, type ProcesIn, volgPad } from '@deelwijs/domain';
import { useState } from 'react';
import { afwegingVan } from '@/lib/inhoud';
import { Beslisvragen, gevolgVan, opHetPad } from './beslisvragen';
import { useOpdracht } from './gebruik-opdracht';
import { Keuzes, Stapkader, Toelichting, Vastleggen } from './velden';

/** Afweging 3: doelmatig, proportioneel, subsidiair — or share less. */
export function Afweging3({ proces }: { proces: ProcesIn<'afweging-3'> }) {
  const afweging = afwegingVan(proces.deelverzoek.contentVersie, '3');
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [antwoorden, setAntwoorden] = useState<Antwoorden>({});
  const afgewogen = proces.inhoud.gegevens;
  const [minder, setMinder] = useState<GegevenscategorieId[]>(afgewogen);
  const [reden, setReden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

  // A no on proportionality leads (by the graph) to sharing less and weighing again; with a smaller
  // set chosen, that set is what is weighed, so the walk goes on as for a yes.
  const PROPORTIONEEL = AFWEGING_3_VRAGEN.proportioneel;
  const nietProportioneel = antwoorden[PROPORTIONEEL] === false;
  const verminderd = nietProportioneel && minder.length > 0 && minder.length < afgewogen.length;
  const pad = volgPad(afweging, verminderd ? { ...antwoorden, [PROPORTIONEEL]: true } : antwoorden);
  const gegeven = opHetPad(pad, antwoorden);
  const minderGegevens = gevolgVan(afweging, PROPORTIONEEL, false);

  return (
    <Stapkader titel={afweging.titel} problem={problem}>
      <p className="text-sm text-slate-600">{afweging.kernvraag}</p>
      <p className="text-sm">Afgewogen gegevens: {afgewogen.map(naam).join(', ')}</p>
      <Beslisvragen
        pad={pad}
        antwoorden={antwoorden}
        onAntwoord={(vraag, ja) => setAntwoorden({ ...antwoorden, [vraag]: ja })}
        // The outcome of sharing less is shown beside its choice, right under the question.
        verberg={(n) => n.id === minderGegevens?.id}
        na={(n) =>
          n.id === PROPORTIONEEL && nietProportioneel ? (
            <div className="space-y-2 rounded-md bg-amber-50 p-3">
              <p role="status" className="text-sm font-medium">
                {minderGegevens?.tekst}
              </p>
              <Keuzes
                legend="Welke gegevens blijven over?"
                opties={afgewogen.map((id) => ({ id, naam: naam(id) }))}
                gekozen={minder}
                onChange={setMinder}
              />
              <Toelichting
                label="Waarom minder?"
                pad="antwoord.minderGegevens.reden"
                waarde={reden}
                onChange={setReden}
              />
            </div>
          ) : null
        }
      />
      <Toelichting pad="antwoord.toelichting" waarde={toelichting} onChange={setToelichting} />
      <Vastleggen
        label="Afweging 3 vastleggen"
        problem={problem}
        bezig={bezig}
        disabled={pad.eind.soort !== 'uitkomst'}
        ontbreekt="een antwoord op elke vraag hierboven."
        onClick={() =>
          verstuur({
            soort: 'afweging-3',
            antwoord: {
              doelmatig: gegeven[AFWEGING_3_VRAGEN.doelmatig] === true,
              proportioneel: gegeven[PROPORTIONEEL],
              subsidiair: gegeven[AFWEGING_3_VRAGEN.subsidiair],
              ...(verminderd ? { minderGegevens: { gegevens: minder, reden } } : {}),
              toelichting,
            },
          })
        }
      />
    </Stapkader>
  );
}
