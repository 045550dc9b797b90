// The privacy scan of a whole test run (issue 13): no client data in Temporal or in the logs in clear
// text. It plants a canary first — a client whose name and doel carry a random marker, driven through a
// whole lifecycle on the running product — then exports every workflow history the server holds and
// looks through payloads, memos, search attributes and failure messages, and through every log file of
// the product, for the canary, the demo clients' names and birth dates and the load test's clients.
// It must find nothing. As a control it reads the same histories once more through the payload codec:
// there the canary must appear, or the scan would prove nothing. Usage (infra/test.sh runs it):
//   tsx tests/load/privacyscan.ts --url http://127.0.0.1:13000 --histories DIR --logs DIR [--uit file.json]
//   env: TEMPORAL_ADDRESS, DEELWIJS_TEST_PAYLOAD_KEYS (the run's payload key)
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoClienten, demoVertegenwoordigers } from '@deelwijs/db/seed';
import { AesGcmPayloadCodec, leesPayloadSleutels } from '@deelwijs/temporal';
import {
  exporteerHistories,
  type ScanUitkomst,
  scanHistory,
  scanLog,
  type VerbodenTerm,
  type Vondst,
} from '@deelwijs/temporal/histories';
import { levenscyclus } from './lib/levenscyclus';
import { Meting } from './lib/meting';
import { Sessie } from './lib/sessie';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3000' },
    histories: { type: 'string' },
    logs: { type: 'string' },
    uit: { type: 'string' },
  },
});

const fout = (tekst: string): never => {
  console.error(`privacyscan: ${tekst}`);
  process.exit(1);
};

/** A full consent lifecycle whose client name and doel carry the canary. */
async function plantKanarie(basis: string, kanarie: string) {
  const meting = new Meting();
  const sessie = new Sessie(basis, meting);
  await sessie.logIn('casemanager@demo.deelwijs.nl', 'demo-deelwijs');
  const ik = await sessie.get('/api/v1/sessies/huidige', { soort: 'GET sessies/huidige' });
  const team = { naam: (ik.body as { team: string }).team, clientIds: new Set<string>() };
  const uitkomst = await levenscyclus({
    sessie,
    meting,
    team,
    andereTeams: [],
    nummer: kanarie,
    lezen: false,
    herhaal: false,
  });
  if (!uitkomst.klaar) fout(`de kanarie-levenscyclus kwam niet rond: ${uitkomst.gestopt}`);
  return uitkomst;
}

/** Every term the scan looks for; birth dates also the Dutch way round. */
function verbodenTermen(kanarie: string): VerbodenTerm[] {
  const nl = (iso: string) => iso.split('-').reverse().join('-');
  return [
    { label: 'kanarie', tekst: kanarie },
    ...demoClienten.flatMap((c, i) => [
      { label: `naam demo-cliënt ${i + 1}`, tekst: c.naam },
      { label: `geboortedatum demo-cliënt ${i + 1}`, tekst: c.geboortedatum },
      { label: `geboortedatum demo-cliënt ${i + 1} (dd-mm-jjjj)`, tekst: nl(c.geboortedatum) },
    ]),
    ...demoVertegenwoordigers.map((v, i) => ({
      label: `naam demo-vertegenwoordiger ${i + 1}`,
      tekst: v.naam,
    })),
    // The load test names its clients "Lastproef <team> <n>" with this birth date (tests/load/lib).
    { label: 'naam lastproef-cliënt', tekst: 'Lastproef' },
    { label: 'geboortedatum lastproef-cliënt', tekst: '1979-04-12' },
  ];
}

async function scanAlle(map: string, termen: VerbodenTerm[], codec?: AesGcmPayloadCodec) {
  const totaal: ScanUitkomst & { histories: number } = {
    vondsten: [],
    payloads: 0,
    teksten: 0,
    nietGeopend: 0,
    histories: 0,
  };
  for (const bestand of readdirSync(map).filter((f) => f.endsWith('.history.json'))) {
    const regel = JSON.parse(readFileSync(path.join(map, bestand), 'utf8'));
    const u = await scanHistory(regel.workflowId, regel.history, termen, codec);
    totaal.histories += 1;
    totaal.payloads += u.payloads;
    totaal.teksten += u.teksten;
    totaal.nietGeopend += u.nietGeopend;
    totaal.vondsten.push(...u.vondsten);
  }
  return totaal;
}

const samenvatting = (vondsten: Vondst[]) =>
  vondsten.slice(0, 20).map((v) => `  ${v.label} in ${v.waar} (${v.pad})`);

async function main() {
  const address = process.env.TEMPORAL_ADDRESS ?? fout('TEMPORAL_ADDRESS ontbreekt');
  const sleutels = process.env.DEELWIJS_TEST_PAYLOAD_KEYS ?? fout('DEELWIJS_TEST_PAYLOAD_KEYS ontbreekt');
  const map = values.histories ?? fout('--histories ontbreekt');
  const logs = values.logs ?? fout('--logs ontbreekt');

  const kanarie = `KANARIE-${randomBytes(6).toString('hex')}`;
  const geplant = await plantKanarie(values.url!, kanarie);
  const termen = verbodenTermen(kanarie);

  const aantal = await exporteerHistories({ address, map });
  const zonder = await scanAlle(map, termen);
  const controle = await scanAlle(map, termen, new AesGcmPayloadCodec(leesPayloadSleutels(sleutels)));
  const metKanarie = new Set(controle.vondsten.filter((v) => v.label === 'kanarie').map((v) => v.waar));

  const logbestanden = readdirSync(logs).filter((f) => f.endsWith('.log'));
  const logVondsten = logbestanden.flatMap((f) =>
    scanLog(f, readFileSync(path.join(logs, f), 'utf8'), termen),
  );
  const regels = logbestanden.reduce(
    (n, f) => n + readFileSync(path.join(logs, f), 'utf8').split('\n').length,
    0,
  );

  const resultaat = {
    kanarieDeelverzoek: geplant.deelverzoekId,
    histories: { aantal, payloads: zonder.payloads, teksten: zonder.teksten, vondsten: zonder.vondsten },
    controleMetCodec: {
      historiesMetKanarie: metKanarie.size,
      vondsten: controle.vondsten.length,
      nietGeopend: controle.nietGeopend,
    },
    logs: { bestanden: logbestanden, regels, vondsten: logVondsten },
  };
  if (values.uit) {
    mkdirSync(path.dirname(values.uit), { recursive: true });
    writeFileSync(values.uit, `${JSON.stringify(resultaat, null, 2)}\n`);
  }
  console.log(
    `privacyscan: ${aantal} histories (${zonder.payloads} payloads, ${zonder.teksten} teksten) en ` +
      `${logbestanden.length} logbestanden (${regels} regels) doorzocht op ${termen.length} termen: ` +
      `${zonder.vondsten.length + logVondsten.length} vondsten. Controle met de codec: de kanarie staat in ` +
      `${metKanarie.size} histories.`,
  );
  if (aantal < 20) fout(`maar ${aantal} histories: dit is niet de hele testrun`);
  if (logbestanden.length === 0) fout(`geen logbestanden in ${logs}`);
  if (zonder.vondsten.length > 0)
    fout(['cliëntgegevens leesbaar in Temporal:', ...samenvatting(zonder.vondsten)].join('\n'));
  if (logVondsten.length > 0) fout(['cliëntgegevens in de logs:', ...samenvatting(logVondsten)].join('\n'));
  if (metKanarie.size === 0)
    fout('de controle vindt de kanarie ook met de codec niet: de scan bewijst zo niets');
}

main().catch((e) => fout(e instanceof Error ? (e.stack ?? e.message) : String(e)));
