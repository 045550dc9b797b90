'use client';

import type { DeelverzoekWizard } from '@deelwijs/contract';
import { createContext, useContext } from 'react';

/** The colleagues the process names, by name and role, as the wizard gave them. */
export const MedewerkersContext = createContext<DeelverzoekWizard['medewerkers']>([]);

/**
 * A colleague as people read them: the name, with the role they have in this step ("Eva Smit,
 * deskundige collega"). The process knows account ids only; the screen never shows one.
 */
export function useNaamVan() {
  const medewerkers = useContext(MedewerkersContext);
  return (gebruikerId: string, rol: string) => {
    const m = medewerkers.find((x) => x.gebruikerId === gebruikerId.trim());
    return m ? `${m.naam} (${rol})` : `een ${rol} die niet meer in Deelwijs bekend is`;
  };
}
