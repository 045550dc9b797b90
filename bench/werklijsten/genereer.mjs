// Benchmark 2 of issue 14, the data: a deterministic generator that writes clients, deelverzoeken and
// hash-chained dossieraantekeningen in bulk with COPY (pg-copy-streams). The chain of every client is
// computed with the product's own `ketenHash` (packages/db), and its head row written beside it, so the
// product's own dossier check finds nothing afterwards. Teams differ in size (a few large wijkteams,
// many small ones), deelverzoeken spread over three years, the open informeren-achteraf processes over
// the last 45 days (so some are overdue, some due soon).
import { pipeline } from 'node:stream/promises';
import { BEGIN_HASH, ketenHash } from '@deelwijs/db';
import copyStreams from 'pg-copy-streams';

const DAG = 24 * 3600_000;

/** A small seeded PRNG (mulberry32): the same arguments give the same data set. */
export function prng(zaad) {
  let a = zaad >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A v4-shaped uuid from the PRNG (deterministic, unlike crypto.randomUUID). */
function uuidVan(r) {
  const h = [];
  for (let i = 0; i < 16; i++) h.push(Math.floor(r() * 256));
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** One value in COPY's text format. */
const veld = (v) => {
  if (v === null || v === undefined) return '\\N';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};

/**
 * Runs `doe` with the table's foreign keys and secondary indexes dropped, then puts them back exactly
 * as they were (definitions read from the catalogue): one validation and one index build per
 * constraint instead of a check per row, which is what bulk loads do. Needs the owner role.
 */
async function zonderIndexen(client, tabel, doe) {
  const { rows: fks } = await client.query(
    `select conname, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = $1::regclass and contype = 'f'`,
    [tabel],
  );
  const { rows: idx } = await client.query(
    `select i.relname as naam, pg_get_indexdef(i.oid) as def from pg_index x join pg_class i on i.oid = x.indexrelid
     where x.indrelid = $1::regclass and not x.indisprimary and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
    [tabel],
  );
  for (const f of fks) await client.query(`alter table ${tabel} drop constraint ${f.conname}`);
  for (const i of idx) await client.query(`drop index ${i.naam}`);
  try {
    await doe();
  } finally {
    for (const i of idx) await client.query(i.def);
    for (const f of fks) await client.query(`alter table ${tabel} add constraint ${f.conname} ${f.def}`);
  }
}

/** COPY rows (arrays, in `kolommen` order) from a generator into a table, in chunks of lines. */
async function kopieer(client, tabel, kolommen, rijen) {
  const stroom = client.query(copyStreams.from(`COPY ${tabel} (${kolommen.join(', ')}) FROM STDIN`));
  async function* regels() {
    let blok = [];
    for (const rij of rijen) {
      blok.push(rij.map(veld).join('\t'));
      if (blok.length >= 2000) {
        yield `${blok.join('\n')}\n`;
        blok = [];
      }
    }
    if (blok.length) yield `${blok.join('\n')}\n`;
  }
  await pipeline(regels, stroom);
}

const TEKSTEN = {
  'deelverzoek-gestart': 'Deelverzoek gestart: het doel, de gegevens en de ontvangers zijn vastgelegd.',
  'afweging-1': 'Afweging 1: de vraag hoort bij mijn taak als casemanager in dit gezin.',
  'afweging-2': 'Afweging 2: welbepaald doel, gegevens uitdrukkelijk omschreven, grondslag: toestemming.',
  'afweging-3': 'Afweging 3: doelmatig, proportioneel en subsidiair; alleen de betrokken partijen.',
  toestemmingspoging: 'Toestemmingspoging: telefonisch gesproken, cliënt denkt er nog over na.',
  'toestemming-gegeven': 'Toestemming gegeven voor dit doel, deze gegevens en deze ontvangers.',
  'collegiale-toetsing': 'Collegiale toetsing: advies vastgelegd, de vijf vragen besproken.',
  'akkoord-leidinggevende': 'Akkoord leidinggevende: de doorbreking is getekend.',
  verstrekking: 'Verstrekking: gedeeld wat nodig was; het plan van aanpak bewust niet gedeeld.',
  'informeren-achteraf': 'Cliënt achteraf geïnformeerd over wat er met wie is gedeeld.',
};
const SOORTEN = Object.keys(TEKSTEN);

/**
 * The teams: a few large and many small, as in a regional service. Returns [{ id, gewicht,
 * casemanagers, leidinggevenden }] with user ids the deelverzoeken and snapshots name.
 */
function maakTeams(aantal) {
  const teams = [];
  for (let t = 0; t < aantal; t++) {
    const id = `bench-team-${String(t + 1).padStart(2, '0')}`;
    const gewicht = 1 / (t + 1) ** 0.8; // Zipf-like: team 1 is ~10× team 20
    const casemanagers = Array.from(
      { length: Math.max(4, Math.round(40 * gewicht)) },
      (_, i) => `${id}-cm-${i + 1}`,
    );
    const leidinggevenden = [`${id}-lg-1`, `${id}-lg-2`];
    const collegas = [`${id}-dc-1`, `${id}-dc-2`, `${id}-dc-3`];
    teams.push({ id, gewicht, casemanagers, leidinggevenden, collegas });
  }
  const som = teams.reduce((s, t) => s + t.gewicht, 0);
  for (const t of teams) t.aandeel = t.gewicht / som;
  return teams;
}

function kies(r, teams) {
  let x = r();
  for (const t of teams) {
    x -= t.aandeel;
    if (x <= 0) return t;
  }
  return teams.at(-1);
}

const iso = (ms) => new Date(ms).toISOString();

/**
 * What each deelverzoek is: its status, next action, deadline and process snapshot, drawn so that
 * `informeren` are open informeren-achteraf processes (a few waiting on a decision about uitstel)
 * and the rest a realistic mix of open and closed work.
 */
function soortVan(i, n, informeren) {
  if (i < informeren) return 'informeren';
  const rest = (i - informeren) / Math.max(1, n - informeren);
  if (rest < 0.6) return 'gesloten';
  if (rest < 0.82) return 'toestemming';
  if (rest < 0.88) return 'toetsing';
  if (rest < 0.94) return 'akkoord';
  if (rest < 0.96) return 'akkoord-achteraf';
  return 'afwegen';
}

const basisProces = (dv, status) => ({
  id: dv.id,
  status,
  clientId: dv.clientId,
  eigenaar: { gebruikerId: dv.eigenaar, rollen: ['casemanager'] },
  afweging1: { hoortBijMij: true, toelichting: 'De vraag hoort bij mijn taak als casemanager.' },
  afweging2: {
    doel: true,
    gegevensOmschreven: true,
    grondslagen: ['toestemming'],
    toelichting: 'Welbepaald doel; alleen NAW en welke ondersteuning er loopt.',
  },
  afweging3: {
    doelmatig: true,
    proportioneel: true,
    subsidiair: true,
    toelichting: 'Minder ingrijpend kan niet.',
  },
});

/** Generates everything in memory-light streams and COPYs it in; returns what was written and a sample. */
export async function genereer(client, opties) {
  const {
    deelverzoeken: N = 100_000,
    aantekeningen: A = 1_000_000,
    informeren: I = 50_000,
    teams: T = 20,
    zaad = 14,
    nu = Date.now(),
    log = console.log,
  } = opties;
  const r = prng(zaad);
  const teams = maakTeams(T);
  const clientenPerTeam = new Map(teams.map((t) => [t.id, []]));
  // ~2.5 deelverzoeken per client, some clients with many.
  const aantalClienten = Math.round(N / 2.5);
  const clientRijen = [];
  for (let c = 0; c < aantalClienten; c++) {
    const team = kies(r, teams);
    const id = uuidVan(r);
    clientenPerTeam.get(team.id).push(id);
    clientRijen.push([
      id,
      `B-${c.toString(36).toUpperCase().padStart(6, '0')}`,
      `Bench Cliënt ${c}`,
      '1980-01-01',
      team.id,
      iso(nu - 3 * 365 * DAG),
    ]);
  }
  const teamVanClient = new Map();
  for (const [team, ids] of clientenPerTeam) for (const id of ids) teamVanClient.set(id, team);
  const teamOpId = new Map(teams.map((t) => [t.id, t]));

  const t0 = Date.now();
  await client.query(
    `insert into teams (id, naam) select unnest($1::text[]), unnest($2::text[]) on conflict do nothing`,
    [teams.map((t) => t.id), teams.map((t) => `Bench ${t.id}`)],
  );
  const gebruikers = teams.flatMap((t) => [
    ...t.casemanagers.map((id) => [id, 'casemanager', t.id]),
    ...t.leidinggevenden.map((id) => [id, 'leidinggevende', t.id]),
    ...t.collegas.map((id) => [id, 'deskundige-collega', t.id]),
  ]);
  await kopieer(
    client,
    'gebruikers',
    ['id', 'email', 'naam', 'rollen', 'team'],
    gebruikers.map(([id, rol, team]) => [
      id,
      `${id}@bench.deelwijs.nl`,
      `Bench ${id}`,
      JSON.stringify(rol === 'deskundige-collega' ? [rol, 'casemanager'] : [rol]),
      team,
    ]),
  );
  await kopieer(
    client,
    'clienten',
    ['id', 'pseudoniem', 'naam', 'geboortedatum', 'team', 'aangemaakt_op'],
    clientRijen,
  );
  log(`  ${aantalClienten} cliënten, ${gebruikers.length} medewerkers (${Date.now() - t0} ms)`);

  // Deelverzoeken: clients drawn with a skew (some have many), ages over three years; open ones recent.
  const dvs = [];
  for (let i = 0; i < N; i++) {
    const clientId = clientRijen[Math.floor(r() ** 1.6 * aantalClienten)][0];
    const team = teamOpId.get(teamVanClient.get(clientId));
    const soort = soortVan(i, N, I);
    const eigenaar = team.casemanagers[Math.floor(r() * team.casemanagers.length)];
    const leeftijd =
      soort === 'gesloten'
        ? r() * 3 * 365 * DAG
        : soort === 'informeren'
          ? 30 * DAG + r() * 30 * DAG
          : r() * 40 * DAG;
    dvs.push({
      id: uuidVan(r),
      clientId,
      team,
      soort,
      eigenaar,
      aangemaaktOp: nu - leeftijd,
      aantekeningen: 0,
    });
  }
  // Spread the entries: every deelverzoek gets at least three, the rest in proportion to a skew.
  let over = A - 3 * N;
  for (const dv of dvs) dv.aantekeningen = 3;
  while (over > 0) {
    const dv = dvs[Math.floor(r() * N)];
    const extra = Math.min(over, 1 + Math.floor(r() * 12));
    dv.aantekeningen += extra;
    over -= extra;
  }

  const dvKolommen = [
    'id',
    'client_id',
    'doel',
    'ontvangers',
    'status',
    'aangemaakt_door',
    'eigenaar',
    'aangemaakt_op',
    'bijgewerkt_op',
    'content_versie',
    'beleid_versie',
    'volgnummer',
    'volgende_actie',
    'volgende_actie_op',
    'volgende_actie_in_werkdagen',
    'proces',
  ];
  function* dvRijen() {
    for (const dv of dvs) {
      const { team } = dv;
      const door = { gebruikerId: dv.eigenaar, rollen: ['casemanager'] };
      let status;
      let actie = null;
      let op = null;
      let werkdagen = false;
      let proces;
      const leidinggevende = team.leidinggevenden[Math.floor(r() * 2)];
      const collega = team.collegas[Math.floor(r() * 3)];
      switch (dv.soort) {
        case 'informeren': {
          status = 'informeren-achteraf';
          const verstrektOp = nu - r() * 45 * DAG;
          const metUitstel = r() < 0.05;
          const uitstelTot = metUitstel ? verstrektOp + 30 * DAG + r() * 30 * DAG : null;
          const vraagtUitstel = !metUitstel && r() < 0.03;
          actie = vraagtUitstel ? 'uitstel-beoordelen' : 'informeren-achteraf';
          op = iso(uitstelTot ?? verstrektOp + 30 * DAG);
          const afweging = r() < 0.5 ? '4a' : '4b';
          proces = {
            ...basisProces(dv, status),
            verstrekking: {
              op: iso(verstrektOp),
              door,
              gedeeld: 'NAW en welke ondersteuning er loopt.',
              nietGedeeld: 'Het plan van aanpak en het dossier.',
              basis: {
                soort: 'doorbreking',
                afweging,
                acuut: r() < 0.03,
                nietVoorafInformeren: afweging === '4b',
              },
            },
            uitstel: metUitstel
              ? [
                  {
                    tot: iso(uitstelTot),
                    reden: 'bescherming-client',
                    goedgekeurdDoor: { gebruikerId: leidinggevende },
                  },
                ]
              : [],
            ...(vraagtUitstel
              ? {
                  uitstelVerzoek: {
                    aangevraagdDoor: door,
                    reden: 'bescherming-client',
                    tot: iso(verstrektOp + 50 * DAG),
                  },
                }
              : {}),
          };
          break;
        }
        case 'gesloten':
          status = [
            'gedeeld-met-toestemming',
            'niet-gedeeld',
            'doorverwezen',
            'gedeeld-zonder-toestemming',
            'ingetrokken',
          ][Math.floor(r() ** 2 * 5)];
          proces = basisProces(dv, status);
          break;
        case 'toestemming':
          status = 'toestemming';
          actie = 'toestemming-vragen';
          op = iso(dv.aangemaaktOp + 3 * DAG);
          werkdagen = true;
          proces = {
            ...basisProces(dv, status),
            toestemming: {
              pogingen: [
                { op: iso(dv.aangemaaktOp + DAG), wijze: 'telefonisch', uitkomst: 'geen-antwoord', door },
              ],
            },
          };
          break;
        case 'toetsing':
        case 'akkoord':
        case 'akkoord-achteraf': {
          status = 'afweging-4';
          const acuut = dv.soort === 'akkoord-achteraf';
          actie =
            dv.soort === 'toetsing'
              ? 'collegiale-toetsing'
              : dv.soort === 'akkoord'
                ? 'akkoord-leidinggevende'
                : 'akkoord-achteraf';
          op = iso(dv.aangemaaktOp + (acuut ? 1 : 2) * DAG);
          werkdagen = !acuut;
          const pool = r() < 0.5;
          proces = {
            ...basisProces(dv, status),
            afweging4: {
              fase: dv.soort,
              afweging: r() < 0.6 ? '4a' : '4c',
              spoed: r() < 0.1,
              aanvrager: door,
              toetsingsverzoek: {
                toetser: pool ? { soort: 'pool' } : { soort: 'persoon', gebruikerId: collega },
                op: iso(dv.aangemaaktOp),
              },
              ...(dv.soort !== 'toetsing'
                ? {
                    collegialeToetsing: {
                      door: { gebruikerId: collega },
                      op: iso(dv.aangemaaktOp + DAG),
                      advies: 'delen',
                    },
                  }
                : {}),
              ...(acuut ? { acuut: { op: iso(dv.aangemaaktOp), reden: 'vitaal belang' } } : {}),
            },
          };
          break;
        }
        default:
          status = ['afweging-1', 'afweging-2', 'afweging-3'][Math.floor(r() * 3)];
          proces = basisProces(dv, status);
      }
      dv.status = status;
      yield [
        dv.id,
        dv.clientId,
        'Gegevens delen met de huisarts om de zorg af te stemmen.',
        JSON.stringify([{ naam: 'Huisartsenpraktijk', rol: 'huisarts' }]),
        status,
        JSON.stringify(door),
        dv.eigenaar,
        iso(dv.aangemaaktOp),
        iso(dv.aangemaaktOp + DAG),
        'bench',
        'bench',
        dv.aantekeningen,
        actie,
        op,
        werkdagen,
        JSON.stringify(proces),
      ];
    }
  }
  const t1 = Date.now();
  await zonderIndexen(client, 'deelverzoeken', () => kopieer(client, 'deelverzoeken', dvKolommen, dvRijen()));
  log(`  ${N} deelverzoeken (${Date.now() - t1} ms)`);

  // Entries, grouped per client in chain order: each deelverzoek's entries over its life.
  const perClient = new Map();
  for (const dv of dvs) {
    const lijst = perClient.get(dv.clientId) ?? [];
    lijst.push(dv);
    perClient.set(dv.clientId, lijst);
  }
  const koppen = [];
  const aKolommen = [
    'id',
    'deelverzoek_id',
    'client_id',
    'soort',
    'tekst',
    'door',
    'op',
    'content_versie',
    'beleid_versie',
    'keten_volgnummer',
    'vorige_hash',
    'hash',
  ];
  function* aRijen() {
    let volgnr = 0;
    for (const [clientId, eigen] of perClient) {
      const entries = [];
      for (const dv of eigen) {
        const stap = Math.max(60_000, Math.min(nu - dv.aangemaaktOp, 60 * DAG) / dv.aantekeningen);
        for (let k = 0; k < dv.aantekeningen; k++) {
          const soort = k === 0 ? 'deelverzoek-gestart' : SOORTEN[1 + Math.floor(r() * (SOORTEN.length - 1))];
          entries.push({
            id: `${dv.id}:${k + 1}`,
            deelverzoekId: dv.id,
            clientId,
            soort,
            tekst: TEKSTEN[soort],
            door: { gebruikerId: dv.eigenaar, rollen: ['casemanager'] },
            op: iso(Math.floor(dv.aangemaaktOp + k * stap)),
            contentVersie: 'bench',
            beleidVersie: 'bench',
          });
          volgnr++;
        }
      }
      // The chain follows the order of writing, which is time order.
      entries.sort((a, b) => (a.op < b.op ? -1 : a.op > b.op ? 1 : a.id < b.id ? -1 : 1));
      let vorige = BEGIN_HASH;
      let n = 0;
      for (const e of entries) {
        const hash = ketenHash(e, vorige);
        n++;
        yield [
          e.id,
          e.deelverzoekId,
          e.clientId,
          e.soort,
          e.tekst,
          JSON.stringify(e.door),
          e.op,
          e.contentVersie,
          e.beleidVersie,
          n,
          vorige,
          hash,
        ];
        vorige = hash;
      }
      koppen.push([clientId, n, vorige]);
    }
    return volgnr;
  }
  const t2 = Date.now();
  await zonderIndexen(client, 'dossieraantekeningen', () =>
    kopieer(client, 'dossieraantekeningen', aKolommen, aRijen()),
  );
  await kopieer(client, 'dossierketens', ['client_id', 'aantal', 'laatste_hash'], koppen);
  log(`  ${A} dossieraantekeningen, ${koppen.length} ketens (${Date.now() - t2} ms)`);

  // What the measurement picks from: teams, owners with open work, leidinggevenden, clients.
  const open = dvs.filter((d) => d.soort !== 'gesloten');
  return {
    teams: teams.map((t) => ({
      id: t.id,
      casemanagers: t.casemanagers,
      leidinggevenden: t.leidinggevenden,
      collegas: t.collegas,
    })),
    eigenaren: [...new Set(open.map((d) => `${d.team.id}|${d.eigenaar}`))],
    clienten: [...perClient.keys()],
    telling: {
      clienten: aantalClienten,
      deelverzoeken: N,
      aantekeningen: A,
      informerenOpen: dvs.filter((d) => d.soort === 'informeren').length,
      perSoort: Object.fromEntries(
        ['informeren', 'gesloten', 'toestemming', 'toetsing', 'akkoord', 'akkoord-achteraf', 'afwegen'].map(
          (s) => [s, dvs.filter((d) => d.soort === s).length],
        ),
      ),
      teams: T,
      grootsteTeam: Math.max(...[...clientenPerTeam.values()].map((l) => l.length)),
      kleinsteTeam: Math.min(...[...clientenPerTeam.values()].map((l) => l.length)),
    },
  };
}
