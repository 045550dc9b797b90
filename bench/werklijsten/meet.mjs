// Benchmark 2 of issue 14, the PostgreSQL side: the worklists through the product's own query
// functions (what the API services call), timed quiet (one at a time) and busy (concurrent readers
// while writers append steps), plus an EXPLAIN (ANALYZE, BUFFERS) plan of each query as it is sent.
import { performance } from 'node:perf_hooks';
import { clientQueries, deelverzoekQueries, toezichtQueries, werkvoorraadQueries } from '@deelwijs/db';
import { percentiel, rond } from '../lib/meten.mjs';
import { prng } from './genereer.mjs';

/** As the API: the informeren list looks 7 days ahead (toezicht.service BIJNA_AAN_DE_BEURT_DAGEN). */
const VOORUIT_DAGEN = 7;

/**
 * The lists, each as the API service asks it. `kies` picks the parameters of one request
 * (a team, an owner, a leidinggevende, a client) from the generated data.
 */
export function lijsten(db, data, nu) {
  const w = werkvoorraadQueries(db);
  const d = deelverzoekQueries(db);
  const c = clientQueries(db);
  const t = toezichtQueries(db);
  const tot = new Date(nu + VOORUIT_DAGEN * 24 * 3600_000).toISOString();
  return {
    // The privacy officer's list, all teams and per team (Toezicht → informeren achteraf).
    informeren: {
      kies: (r) => (r() < 0.5 ? undefined : data.teams[Math.floor(r() ** 1.5 * data.teams.length)].id),
      doe: (team) => w.informerenAchteraf({ tot, team, pagina: 1, perPagina: 50 }),
    },
    // A casemanager's werkvoorraad: the open deelverzoeken they own, due first (WerkvoorraadService).
    werkvoorraad: {
      kies: (r) => data.eigenaren[Math.floor(r() * data.eigenaren.length)].split('|'),
      doe: ([team, eigenaar]) =>
        d.lijst({ pagina: 1, perPagina: 50, team, open: true, eigenaar, zonderPoolVoor: eigenaar }),
    },
    // A leidinggevende's signatures and uitstel decisions (WerkvoorraadService.taken).
    handtekeningen: {
      kies: (r) => {
        const t = data.teams[Math.floor(r() ** 1.5 * data.teams.length)];
        return [t.id, t.leidinggevenden[0]];
      },
      doe: ([team, toetser]) =>
        w.wachtOp({
          team,
          acties: ['akkoord-leidinggevende', 'akkoord-achteraf', 'uitstel-beoordelen'],
          toetser,
          limiet: 200,
        }),
    },
    // The privacy officer's overdue signatures, all teams and per team (Toezicht → handtekeningen te laat).
    handtekeningenTeLaat: {
      kies: (r) => (r() < 0.5 ? undefined : data.teams[Math.floor(r() ** 1.5 * data.teams.length)].id),
      doe: (team) =>
        w.handtekeningenTeLaat({ nu: new Date(nu).toISOString(), team, pagina: 1, perPagina: 50 }),
    },
    // Toezicht's overview: the four counts at the top of the privacy officer's page.
    toezichtAantallen: {
      kies: (r) => (r() < 0.5 ? undefined : data.teams[Math.floor(r() ** 1.5 * data.teams.length)].id),
      doe: (team) => t.aantallen({ nu: new Date(nu).toISOString(), team }),
    },
    // A client's timeline: the whole file, oldest first (clienten.service dossier).
    tijdlijn: {
      kies: (r) => data.clienten[Math.floor(r() * data.clienten.length)],
      doe: (clientId) => c.dossier(clientId),
    },
  };
}

/** Times `n` requests of one list, one after the other. */
async function sequentieel(lijst, n, r) {
  const tijden = [];
  for (let i = 0; i < n; i++) {
    const p = lijst.kies(r);
    const t = performance.now();
    await lijst.doe(p);
    tijden.push(performance.now() - t);
  }
  return tijden;
}

const samenvatting = (tijden) => ({
  n: tijden.length,
  p50: rond(percentiel(tijden, 50)),
  p95: rond(percentiel(tijden, 95)),
  p99: rond(percentiel(tijden, 99)),
  max: rond(Math.max(...tijden)),
});

/** Quiet: each list alone, after a short warm-up. */
export async function meetRustig(db, data, nu, { n = 200, zaad = 1 } = {}) {
  const r = prng(zaad);
  const l = lijsten(db, data, nu);
  const uit = {};
  for (const [naam, lijst] of Object.entries(l)) {
    await sequentieel(lijst, 10, r);
    uit[naam] = samenvatting(await sequentieel(lijst, n, r));
  }
  return uit;
}

/**
 * Busy: `lezers` concurrent readers each looping over all lists in turn while `schrijvers`
 * append steps to random open deelverzoeken (a dossieraantekening through the chain plus the row
 * update, as legStapVast does), for `seconden`. Every list's own times are reported.
 */
export async function meetDruk(db, data, nu, { lezers = 8, schrijvers = 2, seconden = 20, zaad = 2 } = {}) {
  const l = lijsten(db, data, nu);
  const namen = Object.keys(l);
  const tijden = Object.fromEntries(namen.map((n) => [n, []]));
  const einde = performance.now() + seconden * 1000;
  let geschreven = 0;
  const lezer = async (k) => {
    const r = prng(zaad * 100 + k);
    let i = k;
    while (performance.now() < einde) {
      const naam = namen[i++ % namen.length];
      const p = l[naam].kies(r);
      const t = performance.now();
      await l[naam].doe(p);
      tijden[naam].push(performance.now() - t);
    }
  };
  const schrijver = async (k) => {
    const r = prng(zaad * 1000 + k);
    while (performance.now() < einde) {
      const clientId = data.clienten[Math.floor(r() * data.clienten.length)];
      await db.transaction(async (tx) => {
        const { rows } = await tx.execute(
          `select id from deelverzoeken where client_id = '${clientId}' and volgende_actie is not null limit 1`,
        );
        if (!rows[0]) return;
        const { voegAanKetensToe } = await import('@deelwijs/db');
        await voegAanKetensToe(tx, [
          {
            id: `${rows[0].id}:druk-${k}-${geschreven}`,
            deelverzoekId: rows[0].id,
            clientId,
            soort: 'toestemmingspoging',
            tekst: 'Toestemmingspoging: geen gehoor, later opnieuw.',
            door: { gebruikerId: 'bench-schrijver', rollen: ['casemanager'] },
            op: new Date().toISOString(),
            contentVersie: 'bench',
            beleidVersie: 'bench',
          },
        ]);
        await tx.execute(`update deelverzoeken set bijgewerkt_op = now() where id = '${rows[0].id}'`);
      });
      geschreven++;
    }
  };
  await Promise.all([
    ...Array.from({ length: lezers }, (_, k) => lezer(k)),
    ...Array.from({ length: schrijvers }, (_, k) => schrijver(k)),
  ]);
  return {
    lezers,
    schrijvers,
    seconden,
    stappenGeschreven: geschreven,
    lijsten: Object.fromEntries(namen.map((n) => [n, samenvatting(tijden[n])])),
  };
}

/**
 * The plans: every statement a list sends (the page and its count), captured from the pool as
 * sent, and run again under EXPLAIN (ANALYZE, BUFFERS) with the same parameters.
 */
export async function plannen(pool, db, data, nu) {
  const l = lijsten(db, data, nu);
  const r = prng(3);
  const uit = {};
  for (const [naam, lijst] of Object.entries(l)) {
    // The organisation-wide variant of the privacy officer's lists: the largest answer.
    const p = ['informeren', 'handtekeningenTeLaat', 'toezichtAantallen'].includes(naam)
      ? undefined
      : lijst.kies(r);
    const gezien = [];
    const origineel = pool.query;
    pool.query = function (...args) {
      const [q, v] = args;
      const tekst = typeof q === 'string' ? q : q?.text;
      const waarden = typeof q === 'string' ? v : (q?.values ?? v);
      if (tekst) gezien.push({ tekst, waarden });
      return origineel.apply(this, args);
    };
    try {
      await lijst.doe(p);
    } finally {
      pool.query = origineel;
    }
    uit[naam] = [];
    for (const { tekst, waarden } of gezien) {
      const { rows } = await pool.query(`explain (analyze, buffers, format text) ${tekst}`, waarden);
      const plan = rows.map((x) => x['QUERY PLAN']);
      uit[naam].push({
        sql: tekst,
        plan,
        indexen: [
          ...new Set(
            [...plan.join('\n').matchAll(/(?:using|Index Scan on) ([a-z0-9_]+)/gi)].map((m) => m[1]),
          ),
        ],
        seqScan: plan.some((regel) =>
          /Seq Scan on (deelverzoeken|dossieraantekeningen|clienten)\b/.test(regel),
        ),
      });
    }
  }
  return uit;
}
