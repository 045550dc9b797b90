'use client';

import { informerenAchterafRegel, statusLabel } from '@deelwijs/content';
import { type ProcesIn, partijLabel, verstrekkingSignaleringen } from '@deelwijs/domain';
import { useOpdracht } from './gebruik-opdracht';
import { PartijenInformeren } from './informeren';
import { MeldrechtOverleg } from './meldrecht-overleg';
import { Stapkader, Vastleggen } from './velden';
import { useVerstrekkingVelden } from './verstrekking-velden';
import { ToestemmingIntrekken } from './wendingen';

/**
 * Record the actual disclosure: what, to whom, how — and what was deliberately withheld. After a
 * signed doorbreking the client is told beforehand (recorded here), unless afweging 4b applies.
 */
export function Verstrekkingsstap({ proces }: { proces: ProcesIn<'verstrekking'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const a4 = proces.afweging4;
  const voorafVerplicht = a4?.fase === 'akkoord-gegeven' && !a4.voorstel.nietVoorafInformeren;
  const { invoer, velden } = useVerstrekkingVelden(proces, voorafVerplicht ? 'verplicht' : 'niet');
  // Sharing before someone who is told (not asked) was told is allowed but flagged in the file.
  const signaleringen = verstrekkingSignaleringen(proces);

  return (
    <Stapkader titel={statusLabel.verstrekking} problem={problem}>
      {proces.inhoud.routeSoort === 'meldrecht' && <MeldrechtOverleg proces={proces} />}
      {a4?.akkoord && a4.voorstel?.nietVoorafInformeren && (
        <p className="rounded-md bg-amber-50 p-3 text-sm">{informerenAchterafRegel}</p>
      )}
      <PartijenInformeren proces={proces} naamVan={partijLabel} />
      {velden}
      {signaleringen.length > 0 && (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-sm">
          <p className="font-medium">Legt u de verstrekking nu vast, dan komt dit in het dossier:</p>
          <ul className="list-disc pl-5">
            {signaleringen.map((s) => (
              <li key={s.bericht}>{s.bericht}</li>
            ))}
          </ul>
        </div>
      )}
      <ToestemmingIntrekken proces={proces} naamVan={(p) => (p.soort === 'client' ? 'de cliënt' : p.rol)} />
      <Vastleggen
        label="Verstrekking vastleggen"
        problem={problem}
        bezig={bezig}
        bevestiging="U legt vast dat de gegevens zijn gedeeld. Daarmee is het deelverzoek afgesloten; een vastgelegde verstrekking kunt u niet meer terugdraaien of wijzigen."
        onClick={() => verstuur({ soort: 'verstrekking', verstrekking: invoer })}
      />
    </Stapkader>
  );
}
