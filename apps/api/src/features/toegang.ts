import type { Gebruiker } from '../auth/gebruiker';

/**
 * Need to know, by the data: the team whose clients this person may see, or undefined for all teams
 * (the privacy officer, who answers for the whole record). Who may use a route at all is the route
 * registry's (AccessGuard).
 */
export const zichtbaarTeam = (gebruiker: Gebruiker): string | undefined =>
  gebruiker.rollen.includes('privacy-officer') ? undefined : gebruiker.team;

export function magTeamZien(gebruiker: Gebruiker, team: string): boolean {
  const zichtbaar = zichtbaarTeam(gebruiker);
  return zichtbaar === undefined || zichtbaar === team;
}
