import type { Team } from './levenscyclus';
import { Meting } from './meting';
import { Sessie } from './sessie';

export const WACHTWOORD = 'lastproef-wachtwoord-2026';

export interface LastGebruiker {
  email: string;
  team: Team;
}

/**
 * Casemanager accounts for the load users, made by the demo beheerder through the API; an account
 * that exists from an earlier run is used again.
 */
export async function maakGebruikers(basis: string, aantal: number, teams: Team[], herhaal = false) {
  const beheer = new Sessie(basis, new Meting());
  await beheer.logIn('beheer@demo.deelwijs.nl', 'demo-deelwijs', herhaal);
  const gebruikers: LastGebruiker[] = [];
  for (let i = 0; i < aantal; i++) {
    const team = teams[i % teams.length]!;
    const email = `last-${team.naam}-${i}@last.deelwijs.nl`;
    const a = await beheer.post(
      '/api/v1/gebruikers',
      {
        email,
        naam: `Lastgebruiker ${i}`,
        rollen: ['casemanager'],
        team: team.naam,
        pet: 'sociaal-werker',
        organisatietype: 'wijkteam',
        beroepsgeheim: 'algemeen',
        wachtwoord: WACHTWOORD,
      },
      { soort: 'POST gebruikers', herhaal },
    );
    const bestaat = a.status === 400 && JSON.stringify(a.body).includes('al een account');
    if (a.status !== 201 && !bestaat) throw new Error(`account ${email} niet gemaakt: ${a.status}`);
    gebruikers.push({ email, team });
  }
  return gebruikers;
}

export const maakTeams = (aantal: number, voorvoegsel = 'lastteam'): Team[] =>
  Array.from({ length: aantal }, (_, i) => ({
    naam: `${voorvoegsel}-${i + 1}`,
    clientIds: new Set<string>(),
  }));
