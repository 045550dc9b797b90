'use client';

import type { Doorbrekingsvoorstel, ProcesInFase } from '@deelwijs/domain';
import { useState } from 'react';
import { useOpdracht } from './gebruik-opdracht';
import { Toelichting, Vastleggen } from './velden';
import { useVerstrekkingVelden } from './verstrekking-velden';

/**
 * Acute vitaal belang: immediate danger, no time to wait for the signature. The professional
 * shares first and records it here with the reason; the leidinggevende signs afterwards.
 */
export function AcuutDelen({
  proces,
  voorstel,
}: {
  proces: ProcesInFase<'voorstel'>;
  voorstel: Doorbrekingsvoorstel;
}) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [reden, setReden] = useState('');
  const { invoer, velden } = useVerstrekkingVelden(proces, voorstel.nietVoorafInformeren ? 'niet' : 'keuze');
  return (
    <section aria-label="Acuut delen" className="space-y-3 rounded-md border-2 border-red-300 bg-red-50 p-4">
      <h3 className="font-semibold">Acuut delen, akkoord achteraf</h3>
      <p className="text-sm">
        Alleen bij direct gevaar voor leven of gezondheid: u deelt nu en legt het vast. Een leidinggevende
        moet daarna alsnog tekenen; een weigering blijft in het dossier staan naast de verstrekking.
      </p>
      <Toelichting label="Waarom kon dit niet wachten?" waarde={reden} onChange={setReden} />
      {velden}
      <Vastleggen
        label="Acute verstrekking vastleggen"
        problem={problem}
        bezig={bezig}
        bevestiging="U legt vast dat u de gegevens nu deelt, zonder akkoord vooraf. Dat kunt u niet terugdraaien: een leidinggevende moet daarna alsnog tekenen, en een weigering komt naast de verstrekking in het dossier."
        onClick={() => verstuur({ soort: 'acute-verstrekking', reden, voorstel, verstrekking: invoer })}
      />
    </section>
  );
}
