'use client';

import { beroepsgeheim } from '@deelwijs/content';
import type { ProcesIn } from '@deelwijs/domain';
import { useState } from 'react';
import { formatMoment } from '@/lib/datum';
import { CollegaKeuze, POOL } from './collega-keuze';
import { useOpdracht } from './gebruik-opdracht';
import { useNaamVan } from './medewerkers';
import { Toelichting, Vastleggen } from './velden';

const MELDRECHT = beroepsgeheim.uitzonderingen.find((u) => u.id === 'meldrecht');

/**
 * A report under the meldrecht follows the meldcode: first a deskundige collega is consulted and
 * the advice recorded; no signature is waited for, the leidinggevende is told by the process.
 */
export function MeldrechtOverleg({ proces }: { proces: ProcesIn<'verstrekking'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [collega, setCollega] = useState('');
  const [advies, setAdvies] = useState('');
  const gedaan = proces.meldrechtOverleg;
  const naamVan = useNaamVan();
  return (
    <section aria-label="Overleg over de melding" className="space-y-2 rounded-md bg-merk-licht p-3 text-sm">
      <h3 className="font-medium">{MELDRECHT?.naam}</h3>
      <p>{MELDRECHT?.uitleg}</p>
      {gedaan ? (
        <p role="status">
          Overlegd met {naamVan(gedaan.collega.gebruikerId, 'deskundige collega')} ({formatMoment(gedaan.op)}
          ): {gedaan.advies} Een akkoord van de leidinggevende is niet nodig; die wordt ingelicht.
        </p>
      ) : (
        <>
          <CollegaKeuze
            label="Met welke deskundige collega overlegde u?"
            waarde={collega}
            onChange={setCollega}
          />
          <Toelichting label="Advies van de collega" waarde={advies} onChange={setAdvies} />
          <Vastleggen
            label="Overleg vastleggen"
            problem={problem}
            bezig={bezig}
            disabled={collega === POOL}
            ontbreekt="de collega met wie u overlegde."
            onClick={() =>
              verstuur({ soort: 'meldrecht-overleg', overleg: { collega: { gebruikerId: collega }, advies } })
            }
          />
        </>
      )}
    </section>
  );
}
