'use client';

import { type GegevenscategorieId, gegevenscategorieen } from '@deelwijs/content';
import type { ProcesIn } from '@deelwijs/domain';
import { useState } from 'react';
import { useOpdracht } from './gebruik-opdracht';
import { JaNee, Keuzes, Stapkader, Toelichting, Vastleggen } from './velden';

/** Afweging 3: doelmatig, proportioneel, subsidiair — or share less. */
export function Afweging3({ proces }: { proces: ProcesIn<'afweging-3'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [doelmatig, setDoelmatig] = useState<boolean>();
  const [proportioneel, setProportioneel] = useState<boolean>();
  const [subsidiair, setSubsidiair] = useState<boolean>();
  const afgewogen = proces.inhoud.gegevens;
  const [minder, setMinder] = useState<GegevenscategorieId[]>(afgewogen);
  const [reden, setReden] = useState('');
  const [toelichting, setToelichting] = useState('');
  const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

  return (
    <Stapkader titel="Afweging 3: nodig, evenredig, geen lichter middel">
      <p className="text-sm">Afgewogen gegevens: {afgewogen.map(naam).join(', ')}</p>
      <JaNee
        naam="doelmatig"
        vraag="Helpt delen echt om het doel te bereiken? (doelmatigheid)"
        waarde={doelmatig}
        onChange={setDoelmatig}
      />
      <JaNee
        naam="proportioneel"
        vraag="Staat wat u deelt in verhouding tot het doel? (proportionaliteit)"
        waarde={proportioneel}
        onChange={setProportioneel}
      />
      <JaNee
        naam="subsidiair"
        vraag="Is er geen minder ingrijpende manier? (subsidiariteit)"
        waarde={subsidiair}
        onChange={setSubsidiair}
      />
      {proportioneel === false && (
        <div className="space-y-2 rounded-md bg-amber-50 p-3">
          <Keuzes
            legend="Deel dan minder: welke gegevens blijven over?"
            opties={afgewogen.map((id) => ({ id, naam: naam(id) }))}
            gekozen={minder}
            onChange={setMinder}
          />
          <Toelichting label="Waarom minder?" waarde={reden} onChange={setReden} />
        </div>
      )}
      <Toelichting waarde={toelichting} onChange={setToelichting} />
      <Vastleggen
        label="Afweging 3 vastleggen"
        problem={problem}
        bezig={bezig}
        disabled={doelmatig === undefined || proportioneel === undefined || subsidiair === undefined}
        onClick={() =>
          verstuur({
            soort: 'afweging-3',
            antwoord: {
              doelmatig: doelmatig!,
              proportioneel: proportioneel!,
              subsidiair: subsidiair!,
              ...(proportioneel === false && minder.length > 0
                ? { minderGegevens: { gegevens: minder, reden } }
                : {}),
              toelichting,
            },
          })
        }
      />
    </Stapkader>
  );
}
