import { controleerFunctiescheiding, Professional } from '@deelwijs/domain';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gebruikerQueries } from '../src';
import { DEMO_WACHTWOORD, demoClienten, demoGebruikers, seedDemo } from '../src/seed/demo';
import { createTestDatabase } from '../src/testing';

const teams = [...new Set(demoClienten.map((c) => c.team))];
const inTeam = (team: string, rol: string) =>
  demoGebruikers.filter((g) => g.team === team && g.rollen.includes(rol));
const alsMedewerker = (g: (typeof demoGebruikers)[number]) => ({
  gebruikerId: g.id,
  rollen: g.rollen.map((r) => (r === 'casemanager' ? 'professional' : r)) as never,
});

describe('demo data', () => {
  it('has both demo teams, as the end-to-end and load tests expect', () => {
    expect(teams.sort()).toEqual(['jeugdteam-zuid', 'wijkteam-noord']);
  });

  it.each(teams)(
    'lets %s show a doorbreking: requester, another deskundige collega and a leidinggevende',
    (team) => {
      for (const rol of ['casemanager', 'deskundige-collega', 'leidinggevende'])
        expect(inTeam(team, rol).length, `${team} heeft een ${rol}`).toBeGreaterThan(0);
      // Each casemanager who is not the collega themself finds a reviewer and a signer: two other people.
      const aanvragers = inTeam(team, 'casemanager').filter((g) => !g.rollen.includes('deskundige-collega'));
      expect(aanvragers).not.toHaveLength(0);
      for (const aanvrager of aanvragers) {
        const mogelijk = inTeam(team, 'deskundige-collega').some((toetser) =>
          inTeam(team, 'leidinggevende').some(
            (leidinggevende) =>
              controleerFunctiescheiding(
                {
                  aanvrager: { gebruikerId: aanvrager.id },
                  collegialeToetser: { gebruikerId: toetser.id },
                  ondertekenaar: alsMedewerker(leidinggevende),
                },
                { collegialeToetsing: true, akkoordLeidinggevende: true },
              ).ok,
          ),
        );
        expect(mogelijk, `${aanvrager.id} in ${team}`).toBe(true);
      }
    },
  );

  it.each(teams)('has a professional with beroepsgeheim (BIG or SKJ) in %s, for afweging 4c', (team) => {
    expect(
      inTeam(team, 'casemanager').filter((g) => ['big', 'skj'].includes(g.beroepsgeheim)),
    ).not.toHaveLength(0);
  });

  it('gives every demo account a pet, organisation type and beroepsgeheim the rules know', () => {
    for (const g of demoGebruikers) {
      const professional = Professional.safeParse({ gebruikerId: g.id, ...g });
      expect(professional.success, g.email).toBe(true);
    }
    expect(new Set(demoGebruikers.map((g) => g.email)).size).toBe(demoGebruikers.length);
  });
});

describe('demo data in PostgreSQL', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    db = await createTestDatabase('demo_test');
  });
  afterAll(() => db?.drop());

  it('seeds every account once, also when seeded again, each with the demo password', async () => {
    await seedDemo(db.db);
    const rijen = await gebruikerQueries(db.db).lijst();
    expect(rijen.map((r) => r.email).sort()).toEqual(demoGebruikers.map((g) => g.email).sort());
    for (const rij of rijen) expect(await verify(rij.wachtwoordHash!, DEMO_WACHTWOORD), rij.email).toBe(true);
  });
});
