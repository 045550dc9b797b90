import type { Gebruiker, Rol } from '../auth/gebruiker';
import { problemen } from '../http/problem';

/** Roles that work with client files; a functioneel beheerder manages the system, not cases. */
const MET_CLIENTEN: Rol[] = ['casemanager', 'deskundige-collega', 'leidinggevende', 'privacy-officer'];

export const heeftRol = (gebruiker: Gebruiker, ...rollen: Rol[]) =>
  gebruiker.rollen.some((r) => rollen.includes(r));

/**
 * Need to know: the team whose clients this person may see, or undefined for all teams (the
 * privacy officer, who answers for the whole record).
 */
export function zichtbaarTeam(gebruiker: Gebruiker): string | undefined {
  if (!heeftRol(gebruiker, ...MET_CLIENTEN))
    throw problemen.geenToegang('Uw rol geeft geen toegang tot cliëntgegevens.');
  return heeftRol(gebruiker, 'privacy-officer') ? undefined : gebruiker.team;
}

export function magTeamZien(gebruiker: Gebruiker, team: string): boolean {
  const zichtbaar = zichtbaarTeam(gebruiker);
  return zichtbaar === undefined || zichtbaar === team;
}

export function vereisRol(gebruiker: Gebruiker, ...rollen: Rol[]): void {
  if (!heeftRol(gebruiker, ...rollen))
    throw problemen.geenToegang(`Hiervoor is de rol ${rollen.join(' of ')} nodig.`);
}
