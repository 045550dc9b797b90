'use client';

import { type Medewerker, magOpdrachtGeven, type ProcesInFase } from '@deelwijs/domain';
import { useState } from 'react';
import { Voorstelstap } from './doorbrekingsvoorstel';

/**
 * The requester may change the proposal while it is reviewed or waits for the signature; the form
 * reopens with what was proposed, and the domain then asks for a new review.
 */
export function VoorstelWijzigen({
  proces,
  wie,
}: {
  proces: ProcesInFase<'collegiale-toetsing' | 'akkoord'>;
  wie: Medewerker;
}) {
  const [open, setOpen] = useState(false);
  const a4 = proces.afweging4;
  if (a4.aanvrager.gebruikerId !== wie.gebruikerId || !magOpdrachtGeven('voorstel-wijzigen', wie.rollen))
    return null;
  if (!open)
    return (
      <button type="button" className="knop-licht" onClick={() => setOpen(true)}>
        Voorstel wijzigen
      </button>
    );
  return (
    <Voorstelstap proces={proces} wijzigen={{ voorstel: a4.voorstel, annuleren: () => setOpen(false) }} />
  );
}
