import { postbusUitOmgeving, wachtOpUitnodiging } from '../../lib/postbus';
import type { Team } from './levenscyclus';
import { Meting } from './meting';
import { Sessie } from './sessie';

export const WACHTWOORD = 'lastproef-wachtwoord-2026';

export interface LastGebruiker {
  email: string;
  team: Team;
}

/**
 * Casemanager accounts for the load users, made as a municipality makes them: the demo beheerder
 * creates the teams and invites, each user sets the password through the link in the mail (read from
 * the product's outbox, `postbus`). An account or team that exists from an earlier run is used again.
 */
export async function maakGebruikers(
  basis: string,
  aantal: number,
  teams: Team[],
  herhaal = false,
  postbus = postbusUitOmgeving(),
) {
  const beheer = new Sessie(basis, new Meting());
  await beheer.logIn('beheer@demo.deelwijs.nl', 'demo-deelwijs', herhaal);
  const gebruikers: LastGebruiker[] = [];
  for (const team of teams) {
    const t = await beheer.post('/api/v1/teams', { naam: team.naam }, { soort: 'POST teams', herhaal });
    const bestaat = t.status === 400 && JSON.stringify(t.body).includes('al een team');
    if (t.status !== 201 && !bestaat) throw new Error(`team ${team.naam} niet gemaakt: ${t.status}`);
  }
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
      },
      { soort: 'POST gebruikers', herhaal },
    );
    const bestaat = a.status === 400 && JSON.stringify(a.body).includes('al een account');
    if (a.status !== 201 && !bestaat) throw new Error(`account ${email} niet gemaakt: ${a.status}`);
    if (a.status === 201) {
      const { token } = await wachtOpUitnodiging(postbus, email, { timeoutMs: 120_000 });
      const aanvaard = await fetch(`${basis}/api/v1/uitnodigingen/_aanvaard`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, wachtwoord: WACHTWOORD }),
      });
      if (aanvaard.status !== 200)
        throw new Error(`uitnodiging van ${email} niet aangenomen: ${aanvaard.status}`);
    }
    gebruikers.push({ email, team });
  }
  return gebruikers;
}

export const maakTeams = (aantal: number, voorvoegsel = 'lastteam'): Team[] =>
  Array.from({ length: aantal }, (_, i) => ({
    naam: `${voorvoegsel}-${i + 1}`,
    clientIds: new Set<string>(),
  }));
