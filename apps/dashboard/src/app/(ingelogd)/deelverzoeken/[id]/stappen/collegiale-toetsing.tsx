'use client';

import { toetsingOordeelLabel, volgendeActieLabel } from '@deelwijs/content';
import { type CollegialeToetsing, magOpdrachtGeven, type ProcesInFase } from '@deelwijs/domain';
import { useState } from 'react';
import { type Afweging4Props, wachtOp } from './afweging-4';
import { CollegaKeuze, POOL } from './collega-keuze';
import { useOpdracht } from './gebruik-opdracht';
import { Stapkader, Toelichting, Vastleggen } from './velden';
import { VoorstelWijzigen } from './voorstel-wijzigen';
import { WaarStaatHet } from './waar-staat-het';
import { Weging } from './weging';

/**
 * The requester asks one deskundige collega of the team, or leaves it to the pool; also after it
 * was assigned (or taken), to ask someone else. The workflow restarts the reviewer's clock.
 */
function ToetserKiezen({ proces }: { proces: ProcesInFase<'collegiale-toetsing'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const nu = proces.afweging4.toetsingsverzoek.toetser;
  const huidig = nu.soort === 'pool' ? POOL : nu.gebruikerId;
  const [keuze, setKeuze] = useState(huidig);
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-3">
      <CollegaKeuze label="Wie toetst uw voorstel?" pool waarde={keuze} bekend={huidig} onChange={setKeuze} />
      {keuze === POOL && (
        <p className="text-sm text-slate-600">
          In de pool kan iedere deskundige collega van uw team de toetsing oppakken.
        </p>
      )}
      <Vastleggen
        label={keuze === POOL ? 'Aan de pool geven' : 'Deze collega vragen'}
        problem={problem}
        bezig={bezig}
        disabled={keuze === huidig}
        ontbreekt="een andere keuze dan nu (deze toetser is al gevraagd)."
        onClick={() =>
          verstuur({
            soort: 'toetser-toewijzen',
            toetser: keuze === POOL ? { soort: 'pool' } : { soort: 'collega', gebruikerId: keuze },
          })
        }
      />
    </div>
  );
}

/**
 * Collegiale toetsing: the requester sees with whom it lies and until when; the collega it lies with
 * reads the whole weighing and gives advice. (A review still in the pool is taken on its own page,
 * `toetsing-in-pool.tsx`, because a pool collega may not see the weighing before taking it.)
 */
export function CollegialeToetsingsstap({
  proces,
  wie,
  uiterlijk,
  aantekeningen,
}: Afweging4Props<'collegiale-toetsing'>) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [oordeel, setOordeel] = useState<CollegialeToetsing['oordeel']>();
  const [toelichting, setToelichting] = useState('');
  const a4 = proces.afweging4;
  const toetser = a4.toetsingsverzoek.toetser;
  const aanvrager = a4.aanvrager.gebruikerId === wie.gebruikerId;
  const aanMij = wachtOp(proces, wie);
  const weging = (
    <Weging a4={a4} voorstel={a4.voorstel} inhoud={proces.inhoud} aantekeningen={aantekeningen} />
  );

  return (
    <Stapkader titel={volgendeActieLabel['collegiale-toetsing']} problem={problem}>
      <WaarStaatHet a4={a4} uiterlijk={uiterlijk} />
      {aanvrager && magOpdrachtGeven('toetser-toewijzen', wie.rollen) && <ToetserKiezen proces={proces} />}
      {aanMij && toetser.soort === 'collega' && (
        <>
          {weging}
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Uw advies</legend>
            <div className="mt-1 flex gap-6">
              {Object.entries(toetsingOordeelLabel).map(([id, label]) => (
                <label key={id} className="flex items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="oordeel"
                    checked={oordeel === id}
                    onChange={() => setOordeel(id as CollegialeToetsing['oordeel'])}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <Toelichting label="Waarom? (komt in het dossier)" waarde={toelichting} onChange={setToelichting} />
          <Vastleggen
            label="Advies vastleggen"
            problem={problem}
            bezig={bezig}
            disabled={!oordeel}
            ontbreekt="uw advies (eens of niet eens)."
            onClick={() =>
              oordeel && verstuur({ soort: 'collegiale-toetsing', toetsing: { oordeel, toelichting } })
            }
          />
        </>
      )}
      {aanvrager && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Uw voorstel</summary>
          <div className="mt-2">{weging}</div>
        </details>
      )}
      <VoorstelWijzigen proces={proces} wie={wie} />
    </Stapkader>
  );
}
