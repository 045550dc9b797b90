import { z } from 'zod';

/** The roles an account can hold; the route registry says which of them may use each route. */
export const Rol = z.enum(
  ['casemanager', 'deskundige-collega', 'leidinggevende', 'privacy-officer', 'functioneel-beheerder'],
  { error: 'Onbekende rol.' },
);
export type Rol = z.infer<typeof Rol>;

export const rolLabel: Record<Rol, string> = {
  casemanager: 'casemanager',
  'deskundige-collega': 'deskundige collega',
  leidinggevende: 'leidinggevende',
  'privacy-officer': 'privacy officer',
  'functioneel-beheerder': 'functioneel beheerder',
};

/** Every role: routes any logged-in person may use. */
export const alleRollen: readonly Rol[] = Rol.options;
/**
 * Roles that work with the client files of their own team (need to know). A functioneel beheerder
 * manages the system, not cases; the privacy officer answers for every team but opens a file only
 * deliberately, with a stated reason (`toezichtInzien`), never through these routes.
 */
export const rollenMetClienten: readonly Rol[] = ['casemanager', 'deskundige-collega', 'leidinggevende'];
/** The werkvoorraad and its reminders: whoever works on cases, and the privacy officer. */
export const rollenMetWerkvoorraad: readonly Rol[] = [...rollenMetClienten, 'privacy-officer'];
