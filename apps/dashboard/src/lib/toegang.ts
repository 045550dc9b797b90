import { type Gebruiker, type Rol, routes } from '@deelwijs/contract';

/**
 * Whether this person may use a route, by the route registry's own roles: the same table the API's
 * AccessGuard enforces, so a screen never offers what the API would refuse with 403.
 */
export const mag = (
  gebruiker: Pick<Gebruiker, 'rollen'>,
  route: { roles: readonly Rol[] | 'public' },
): boolean => route.roles === 'public' || route.roles.some((rol) => gebruiker.rollen.includes(rol));

/** Where a person lands after logging in: their werkvoorraad, or the beheer home for a role without client files. */
export const startpagina = (gebruiker: Pick<Gebruiker, 'rollen'>): '/werkvoorraad' | '/beheer' =>
  mag(gebruiker, routes.werkvoorraad) ? '/werkvoorraad' : '/beheer';
