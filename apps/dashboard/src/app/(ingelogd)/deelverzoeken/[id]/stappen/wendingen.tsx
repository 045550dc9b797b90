'use client';

import { afweging4RedenLabel } from '@deelwijs/content';
import type { Afweging4Reden, Partij, ProcesIn } from '@deelwijs/domain';
import { useState } from 'react';
import { FoutOverzicht } from '@/components/fout-overzicht';
import { afwegingVan } from '@/lib/inhoud';
import { nodeTekst } from './beslisvragen';
import { useOpdracht } from './gebruik-opdracht';
import { Toelichting, Vastleggen } from './velden';

/** A consent on record can be withdrawn before the sharing; the file keeps both. */
export function ToestemmingIntrekken({
  proces,
  naamVan,
}: {
  proces: ProcesIn<'toestemming' | 'verstrekking'>;
  naamVan: (p: Partij) => string;
}) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [toelichting, setToelichting] = useState('');
  const geldig = proces.toestemmingen.filter((t) => !t.ingetrokkenOp);
  if (geldig.length === 0) return null;
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium">Toestemming ingetrokken?</summary>
      <div className="mt-2 space-y-2">
        <Toelichting
          label="Wat zei de cliënt of vertegenwoordiger?"
          waarde={toelichting}
          onChange={setToelichting}
        />
        {geldig.map((t) => (
          <button
            key={JSON.stringify(t.gegevenDoor)}
            type="button"
            className="knop-licht mr-2"
            disabled={bezig}
            onClick={() => verstuur({ soort: 'toestemming-intrekken', partij: t.gegevenDoor, toelichting })}
          >
            Intrekking vastleggen voor {naamVan(t.gegevenDoor)}
          </button>
        ))}
        <FoutOverzicht problem={problem} />
      </div>
    </details>
  );
}

/** The questions of the afweging 4a graph that decide whether to weigh further at all. */
const VRAGEN_4A = ['a4a.goede-argumenten', 'a4a.conflict-of-vitaal'] as const;

/** Refused or unreachable: the professional chooses to weigh sharing without consent (afweging 4). */
export function StartAfweging4({ proces }: { proces: ProcesIn<'toestemming'> }) {
  const afweging = afwegingVan(proces.deelverzoek.contentVersie, '4a');
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [reden, setReden] = useState<Afweging4Reden>(
    proces.inhoud.omstandigheden.acuutVitaalBelang ? 'geen-tijd' : 'client-weigert',
  );
  const [toelichting, setToelichting] = useState('');
  return (
    <details className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <summary className="cursor-pointer font-medium">Geen toestemming: afweging 4 starten</summary>
      <div className="mt-2 space-y-2">
        <p>{afweging.kernvraag}</p>
        <ul className="list-disc pl-5">
          {VRAGEN_4A.map((id) => (
            <li key={id}>{nodeTekst(afweging, id)}</li>
          ))}
        </ul>
        <label className="block font-medium">
          Waarom
          <select
            className="veld mt-1"
            value={reden}
            onChange={(e) => setReden(e.target.value as Afweging4Reden)}
          >
            {Object.entries(afweging4RedenLabel).map(([id, tekst]) => (
              <option key={id} value={id}>
                {tekst}
              </option>
            ))}
          </select>
        </label>
        <Toelichting waarde={toelichting} onChange={setToelichting} />
        <FoutOverzicht problem={problem} />
        <button
          type="button"
          className="knop"
          disabled={bezig}
          onClick={() => verstuur({ soort: 'start-afweging-4', reden, toelichting })}
        >
          Afweging 4 starten
        </button>
      </div>
    </details>
  );
}

/** Stop the deelverzoek altogether; the file records that and why. */
export function DeelverzoekIntrekken({
  deelverzoekId,
  volgnummer,
}: {
  deelverzoekId: string;
  volgnummer: number;
}) {
  const { verstuur, problem, bezig } = useOpdracht(deelverzoekId, volgnummer);
  const [toelichting, setToelichting] = useState('');
  return (
    <details className="mt-8 max-w-3xl text-sm">
      <summary className="cursor-pointer text-slate-600">Deelverzoek intrekken</summary>
      <div className="mt-2 space-y-2">
        <Toelichting
          label="Waarom is delen niet meer nodig?"
          waarde={toelichting}
          onChange={setToelichting}
        />
        <Vastleggen
          label="Intrekken"
          problem={problem}
          bezig={bezig}
          bevestiging="Het deelverzoek stopt: er wordt niets gedeeld, open termijnen en herinneringen vervallen, en het dossier houdt vast dat en waarom het is ingetrokken. Dit kunt u niet terugdraaien; wilt u later toch delen, dan begint u een nieuw deelverzoek."
          onClick={() => verstuur({ soort: 'intrekken', toelichting })}
        />
      </div>
    </details>
  );
}
