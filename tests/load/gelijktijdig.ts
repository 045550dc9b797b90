// The concurrency test that once broke the product (issue 8): many people at once on the embedded
// default, each logged in, each driving its own deelverzoeken through whole lifecycles and reading
// lists, files and pages between steps. Every non-2xx answer is an error, every answer is checked to be
// about what was asked. Usage:
//   tsx tests/load/gelijktijdig.ts --url http://127.0.0.1:3000 --vus 64 --seconden 180 [--denktijd 1000]
//                                  [--uit file.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { maakGebruikers, maakTeams, WACHTWOORD } from './lib/gebruikers';
import { levenscyclus, type Uitkomst } from './lib/levenscyclus';
import { Meting } from './lib/meting';
import { Sessie } from './lib/sessie';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3000' },
    vus: { type: 'string', default: '64' },
    seconden: { type: 'string', default: '180' },
    teams: { type: 'string', default: '4' },
    // A person reads and types between steps; 0 makes every user a machine that clicks on at once.
    denktijd: { type: 'string', default: '1000' },
    uit: { type: 'string' },
  },
});
const vus = Number(values.vus);
const seconden = Number(values.seconden);

async function main() {
  const teams = maakTeams(Number(values.teams), `last-${Date.now().toString(36)}`);
  const gebruikers = await maakGebruikers(values.url!, vus, teams);
  const meting = new Meting();
  const einde = Date.now() + seconden * 1000;
  const uitkomsten: Uitkomst[] = [];
  console.log(`${vus} gebruikers, ${seconden} s, denktijd ${values.denktijd} ms, via ${values.url}`);
  await Promise.all(
    gebruikers.map(async (g, vu) => {
      const sessie = new Sessie(values.url!, meting);
      await sessie.logIn(g.email, WACHTWOORD);
      for (let n = 0; Date.now() < einde; n++) {
        uitkomsten.push(
          await levenscyclus({
            sessie,
            meting,
            team: g.team,
            andereTeams: teams.filter((t) => t !== g.team),
            nummer: `${vu}-${n}`,
            lezen: true,
            herhaal: false,
            denktijdMs: Number(values.denktijd),
          }),
        );
      }
    }),
  );
  const resultaat = {
    gemeten: new Date().toISOString(),
    vus,
    secondenGevraagd: seconden,
    denktijdMs: Number(values.denktijd),
    levenscycli: uitkomsten.length,
    voltooid: uitkomsten.filter((u) => u.klaar).length,
    gestopt: uitkomsten
      .filter((u) => !u.klaar)
      .map((u) => u.gestopt)
      .slice(0, 10),
    ...meting.samenvatting(),
  };
  console.log(JSON.stringify(resultaat, null, 2));
  if (values.uit) {
    mkdirSync(path.dirname(values.uit), { recursive: true });
    writeFileSync(values.uit, `${JSON.stringify(resultaat, null, 2)}\n`);
  }
  const goed =
    resultaat.fouten === 0 &&
    resultaat.verkeerdeAntwoorden === 0 &&
    resultaat.voltooid === resultaat.levenscycli;
  console.log(
    goed
      ? `Geslaagd: ${resultaat.voltooid} levenscycli, ${resultaat.verzoeken} verzoeken, 0 fouten, 0 verkeerde antwoorden.`
      : `MISLUKT: ${resultaat.fouten} fouten, ${resultaat.verkeerdeAntwoorden} verkeerde antwoorden, ${resultaat.levenscycli - resultaat.voltooid} levenscycli niet af.`,
  );
  process.exit(goed ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
