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
/** Roles that work with client files; a functioneel beheerder manages the system, not cases. */
export const rollenMetClienten: readonly Rol[] = [
  'casemanager',
  'deskundige-collega',
  'leidinggevende',
  'privacy-officer',
];
