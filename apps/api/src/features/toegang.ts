import { type DeelverzoekProces, toetsingLigtInPool } from '@deelwijs/domain';
import type { Gebruiker } from '../auth/gebruiker';

/**
 * The team whose clients a search covers, or undefined for all teams: only a casemanager (own team)
 * and the privacy officer (finding the client of an inzageverzoek) reach a client list at all; the
 * access policy (`toegangsbeleid.ts`, AccessGuard) decides that.
 */
export const zichtbaarTeam = (gebruiker: Gebruiker): string => gebruiker.team;

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
