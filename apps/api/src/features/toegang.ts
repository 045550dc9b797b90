import { type DeelverzoekProces, toetsingLigtInPool } from '@deelwijs/domain';
import type { Gebruiker } from '../auth/gebruiker';

/**
 * Need to know, by the data: the team whose clients this person may see. Nobody sees every team
 * through the ordinary routes; the privacy officer, who answers for the whole record, opens one
 * file at a time with a stated reason (`toezichtInzien`). Who may use a route at all is the route
 * registry's (AccessGuard).
 */
export const zichtbaarTeam = (gebruiker: Gebruiker): string => gebruiker.team;

export const magTeamZien = (gebruiker: Gebruiker, team: string): boolean => zichtbaarTeam(gebruiker) === team;

/**
 * Need to know for the pool: a deskundige collega who did not ask for this review and has not taken
 * it sees only what is needed to decide to take it (`ToetsingInPoolView`), not the weighing.
 * Taking it (`toetsing-oppakken`) makes it theirs, and then they see it all.
 */
export const alleenPoolweergave = (gebruiker: Gebruiker, proces: DeelverzoekProces | null | undefined) =>
  !!proces &&
  gebruiker.rollen.includes('deskundige-collega') &&
  toetsingLigtInPool(proces) &&
  proces.afweging4.aanvrager.gebruikerId.trim() !== gebruiker.id;
