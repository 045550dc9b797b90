import {
  type Beleidsregel,
  beleidVoor,
  opdrachtSoorten,
  type Relatie,
  type Rol,
  type RouteId,
  rollenVan,
  routes,
  toegestaan,
} from '@deelwijs/contract';
import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht, OpdrachtSoort } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acuteVerstrekking,
  akkoord,
  collega,
  legVast,
  leiding,
  oppakken,
  toetsing,
  toewijzen,
  totAfweging4,
  totToestemming,
  voorstel,
} from './support/doorbreking';
import { type Antwoord, logIn, nieuwAccount, startStack } from './support/stack';

// The access matrix, generated from the policy table: every route and every kind of command, as
// every role, without a session, as another team's people, and in every relation a deelverzoek can
// give (none, the pool, the named reviewer, the signature awaited and given), against the real API
// on PostgreSQL. What each person is to each piece of data is written out below by hand, not taken
// from the API's own resolver: the test compares the API with the table, not the code with itself.

const sanne = demoClienten[0]!;
const WACHTWOORD = 'toegangsmatrix-wachtwoord';
/** A deskundige collega without casework: only the relation can open a deelverzoek to her. */
const PUUR_COLLEGA = 'puur.collega@demo.deelwijs.nl';
/** A second leidinggevende of the team: a signature someone else gave is not his. */
const TWEEDE_LEIDING = 'tweede.leidinggevende@demo.deelwijs.nl';
const eigenWachtwoord = (email: string) =>
  email === PUUR_COLLEGA || email === TWEEDE_LEIDING ? WACHTWOORD : undefined;

type Onderwerp =
  | 'plain'
  | 'pool'
  | 'toetser'
  | 'akkoord'
  | 'getekend'
  | 'uitstel'
  | 'client'
  | 'toestemming'
  | 'geen';
/**
 * Deelverzoeken of wijkteam-noord, asked by the casemanager: not past afweging 1; a review in the
 * pool; a review asked of the pure collega by name; reviewed by Lotte, waiting for a signature;
 * signed by Ahmed; shared acutely, signed by Ahmed, with an uitstel waiting for a decision.
 */
const deelverzoekOnderwerpen = ['plain', 'pool', 'toetser', 'akkoord', 'getekend', 'uitstel'] as const;

interface Persoon {
  naam: string;
  email?: string;
  rollen: Rol[];
  /** What this person is to each piece of data of team wijkteam-noord (none: another team or not involved). */
  relaties: Partial<Record<Onderwerp, Relatie[]>>;
}

const PO: Relatie[] = ['toezicht', 'met-reden'];
const personen: Persoon[] = [
  { naam: 'zonder sessie', rollen: [], relaties: {} },
  {
    naam: 'casemanager (eigen team)',
    email: 'casemanager@demo.deelwijs.nl',
    rollen: ['casemanager'],
    relaties: {
      plain: ['eigen-team'],
      pool: ['eigen-team'],
      toetser: ['eigen-team'],
      akkoord: ['eigen-team'],
      getekend: ['eigen-team'],
      uitstel: ['eigen-team'],
      client: ['eigen-team'],
      toestemming: ['eigen-team'],
    },
  },
  {
    // Casemanager too, and she reviewed 'akkoord' and 'getekend'; the pool stays closed to her.
    naam: 'casemanager en deskundige collega',
    email: 'collega@demo.deelwijs.nl',
    rollen: ['deskundige-collega', 'casemanager'],
    relaties: {
      plain: ['eigen-team'],
      pool: ['pool'],
      toetser: ['eigen-team'],
      akkoord: ['eigen-team', 'toetser'],
      getekend: ['eigen-team', 'toetser'],
      uitstel: ['eigen-team'],
      client: ['eigen-team'],
      toestemming: ['eigen-team'],
    },
  },
  {
    naam: 'deskundige collega (alleen)',
    email: PUUR_COLLEGA,
    rollen: ['deskundige-collega'],
    relaties: {
      plain: ['eigen-team'],
      pool: ['pool'],
      toetser: ['eigen-team', 'toetser'],
      akkoord: ['eigen-team'],
      getekend: ['eigen-team'],
      uitstel: ['eigen-team'],
      client: ['eigen-team'],
      toestemming: ['eigen-team'],
    },
  },
  {
    naam: 'leidinggevende (eigen team)',
    email: 'leidinggevende@demo.deelwijs.nl',
    rollen: ['leidinggevende'],
    relaties: {
      plain: ['eigen-team'],
      pool: ['eigen-team'],
      toetser: ['eigen-team'],
      akkoord: ['eigen-team', 'ondertekenaar'],
      getekend: ['eigen-team', 'ondertekenaar'],
      uitstel: ['eigen-team', 'ondertekenaar'],
      client: ['eigen-team'],
      toestemming: ['eigen-team'],
    },
  },
  {
    naam: 'tweede leidinggevende (eigen team)',
    email: TWEEDE_LEIDING,
    rollen: ['leidinggevende'],
    relaties: {
      plain: ['eigen-team'],
      pool: ['eigen-team'],
      toetser: ['eigen-team'],
      akkoord: ['eigen-team', 'ondertekenaar'],
      getekend: ['eigen-team'],
      uitstel: ['eigen-team', 'ondertekenaar'],
      client: ['eigen-team'],
      toestemming: ['eigen-team'],
    },
  },
  {
    naam: 'privacy officer',
    email: 'privacy@demo.deelwijs.nl',
    rollen: ['privacy-officer'],
    relaties: {
      plain: PO,
      pool: PO,
      toetser: PO,
      akkoord: PO,
      getekend: PO,
      uitstel: PO,
      client: PO,
      toestemming: PO,
    },
  },
  {
    naam: 'functioneel beheerder',
    email: 'beheer@demo.deelwijs.nl',
    rollen: ['functioneel-beheerder'],
    relaties: {},
  },
  {
    naam: 'casemanager (ander team)',
    email: 'jeugd@demo.deelwijs.nl',
    rollen: ['casemanager'],
    relaties: {},
  },
  {
    naam: 'deskundige collega (ander team)',
    email: 'collega.jeugd@demo.deelwijs.nl',
    rollen: ['deskundige-collega', 'casemanager'],
    relaties: {},
  },
  {
    naam: 'leidinggevende (ander team)',
    email: 'leidinggevende.jeugd@demo.deelwijs.nl',
    rollen: ['leidinggevende'],
    relaties: {},
  },
];

/** The kind of data a route is about, from its path (the same rule as the API's, written again). */
function onderwerpSoort(id: RouteId): 'deelverzoek' | 'client' | 'toestemming' | 'geen' {
  const p = routes[id].path;
  if (p.startsWith('/deelverzoeken/{id}')) return 'deelverzoek';
  if (p.startsWith('/clienten/{id}') || id === 'deelverzoekStarten') return 'client';
  if (p.startsWith('/toestemmingen/{id}')) return 'toestemming';
  return 'geen';
}

/** One cell: an operation (a route, or a kind of command) on one piece of data. */
interface Cel {
  route: RouteId;
  soort?: OpdrachtSoort;
  onderwerp: Onderwerp;
}

function cellen(): Cel[] {
  const uit: Cel[] = [];
  for (const route of Object.keys(routes) as RouteId[]) {
    const soort = onderwerpSoort(route);
    const onderwerpen: Onderwerp[] =
      soort === 'deelverzoek' ? [...deelverzoekOnderwerpen] : soort === 'geen' ? ['geen'] : [soort];
    for (const onderwerp of onderwerpen) {
      if (route === 'opdrachtUitvoeren')
        for (const s of opdrachtSoorten) uit.push({ route, soort: s, onderwerp });
      else uit.push({ route, onderwerp });
    }
  }
  return uit;
}

/** What the table says this person gets: 2xx-4xx past the policy ('door'), or the refusal's status. */
function verwacht(p: Persoon, cel: Cel): 'door' | 401 | 403 | 404 {
  const regel: Beleidsregel = beleidVoor(cel.route, cel.soort);
  const rollen = rollenVan(regel);
  if (rollen === 'publiek') return 'door';
  if (p.rollen.length === 0) return 401;
  if (!p.rollen.some((r) => rollen.includes(r))) return 403;
  if (cel.onderwerp === 'geen') return 'door';
  const heeft = new Set(p.relaties[cel.onderwerp] ?? []);
  if (toegestaan(regel, p.rollen, heeft)) return 'door';
  const zichtbaar = [...heeft].some((r) => r !== 'toezicht' && r !== 'met-reden');
  return zichtbaar ? 403 : 404;
}

describe('the access matrix: every route and command kind × every role × relation, against the policy table', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  const ids: Record<Onderwerp, string> = {} as Record<Onderwerp, string>;
  const sessies = new Map<string, Awaited<ReturnType<typeof logIn>>>();
  const uitkomsten: Array<{ persoon: string; cel: Cel; status: number; verwacht: 'door' | number }> = [];

  beforeAll(async () => {
    stack = await startStack();
    const beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
    // Made as a municipality makes accounts: invited, and the invitee sets the password.
    const puur = await nieuwAccount(
      stack.baseUrl,
      beheer,
      {
        email: PUUR_COLLEGA,
        naam: 'Puur Collega',
        rollen: ['deskundige-collega'],
        team: 'wijkteam-noord',
        pet: 'sociaal-werker',
      },
      WACHTWOORD,
    );
    await nieuwAccount(
      stack.baseUrl,
      beheer,
      {
        email: TWEEDE_LEIDING,
        naam: 'Tweede Leidinggevende',
        rollen: ['leidinggevende'],
        team: 'wijkteam-noord',
      },
      WACHTWOORD,
    );

    const eerder = new Date(Date.now() - 3 * 24 * 3600_000);
    const stappen = (...extra: Array<[Opdracht, typeof collega?]>): Array<[Opdracht, typeof collega?]> => [
      ...totAfweging4(false, eerder).map((o): [Opdracht] => [o]),
      [voorstel],
      ...extra,
    ];
    const lotte = collega;
    ids.plain = await legVast(stack.db.db, sanne, [[totAfweging4()[0]!]], 1);
    ids.pool = await legVast(stack.db.db, sanne, stappen(), 1);
    ids.toetser = await legVast(stack.db.db, sanne, stappen([toewijzen(puur)]), 1);
    ids.akkoord = await legVast(stack.db.db, sanne, stappen([oppakken, lotte], [toetsing, lotte]), 1);
    ids.getekend = await legVast(
      stack.db.db,
      sanne,
      stappen([oppakken, lotte], [toetsing, lotte], [akkoord('akkoord'), leiding]),
      1,
    );
    ids.uitstel = await legVast(
      stack.db.db,
      sanne,
      [
        ...totAfweging4(true).map((o): [Opdracht] => [o]),
        [acuteVerstrekking],
        [akkoord('akkoord'), leiding],
        [
          {
            soort: 'uitstel',
            reden: 'bescherming-betrokkene',
            onderbouwing: 'Eerst haar veiligheid thuis regelen.',
            tot: new Date(Date.now() + 20 * 24 * 3600_000).toISOString(),
          },
        ],
      ],
      1,
    );
    ids.client = sanne.id;
    // A consent on file, for withdrawing it.
    await legVast(stack.db.db, sanne, [...totToestemming()], 1);
    const { rows } = await stack.db.pool.query('select id from toestemmingen where client_id = $1 limit 1', [
      sanne.id,
    ]);
    ids.toestemming = rows[0].id;
    ids.geen = '00000000-0000-4000-8000-000000000000';

    for (const p of personen) if (p.email) sessies.set(p.naam, await inloggen(p.email));
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  const inloggen = (email: string) => logIn(stack.baseUrl, email, eigenWachtwoord(email));

  /** One request for a cell. Bodies are left incomplete on purpose: past the policy they answer 400 and change nothing. */
  async function vraag(p: Persoon, cel: Cel): Promise<number> {
    const spec = routes[cel.route];
    const id = cel.onderwerp === 'geen' ? ids.geen : ids[cel.onderwerp];
    const pad = spec.path.replace(/\{\w+\}/g, id);
    let body: unknown;
    if (cel.route === 'opdrachtUitvoeren') body = { volgnummer: 0, opdracht: { soort: cel.soort } };
    else if (cel.route === 'deelverzoekStarten') body = { clientId: ids.client };
    else if (cel.route === 'clientenZoekopdracht') body = { zoek: 'zz' };
    else body = {};
    // Ending a session would end the matrix's: those two routes get a session of their own.
    const eigen = cel.route === 'uitloggen' || cel.route === 'overalUitloggen';
    const sessie = p.email && (eigen ? await inloggen(p.email) : sessies.get(p.naam));
    let r: Antwoord | Response;
    if (!sessie) {
      r = await fetch(`${stack.baseUrl}${pad}`, {
        method: spec.method,
        redirect: 'manual',
        ...(spec.method === 'POST'
          ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
          : {}),
      });
    } else if (spec.method === 'GET') r = await sessie.get(pad);
    else if (spec.method === 'DELETE') r = await sessie.delete(pad);
    else r = await sessie.post(pad, body);
    await r.arrayBuffer();
    // 'Overal uitloggen' ended the matrix's session of this person too: log in again.
    if (cel.route === 'overalUitloggen' && p.email) sessies.set(p.naam, await inloggen(p.email));
    return r.status;
  }

  it('answers every cell as the policy table says: 0 unexpected allows, 0 unexpected refusals', async () => {
    const alle = cellen();
    for (const p of personen) {
      for (const cel of alle) {
        const status = await vraag(p, cel);
        uitkomsten.push({ persoon: p.naam, cel, status, verwacht: verwacht(p, cel) });
      }
    }
    const doorgelaten = (s: number) => s !== 401 && s !== 403 && s !== 404;
    const afwijkend = uitkomsten.filter(({ cel, status, verwacht: v }) =>
      v === 'door'
        ? // Past the policy a route may still answer 404 for data that is not there (another id, OIDC off).
          !doorgelaten(status) && !(status === 404 && cel.onderwerp === 'geen')
        : status !== v,
    );
    const teVeel = afwijkend.filter((u) => u.verwacht !== 'door' && doorgelaten(u.status));
    const telling = {
      cellen: uitkomsten.length,
      operaties: new Set(alle.map((c) => `${c.route}:${c.soort ?? ''}`)).size,
      personen: personen.length,
      doorgelaten: uitkomsten.filter((u) => u.verwacht === 'door').length,
      geweigerd401: uitkomsten.filter((u) => u.verwacht === 401).length,
      geweigerd403: uitkomsten.filter((u) => u.verwacht === 403).length,
      geweigerd404: uitkomsten.filter((u) => u.verwacht === 404).length,
      onverwachtDoorgelaten: teVeel.length,
      afwijkend: afwijkend.length,
    };
    console.log(`toegangsmatrix: ${JSON.stringify(telling)}`);
    expect(
      afwijkend.map(
        (u) =>
          `${u.persoon} ${u.cel.route}${u.cel.soort ? `:${u.cel.soort}` : ''} op ${u.cel.onderwerp}: ${u.status}, verwacht ${u.verwacht}`,
      ),
    ).toEqual([]);
    expect(teVeel).toHaveLength(0);
  }, 600_000);

  it('lists only the deelverzoeken each person may read', async () => {
    const lijst = async (naam: string) =>
      (
        (await (await sessies.get(naam)!.get('/deelverzoeken?perPagina=100')).json()).items as Array<{
          id: string;
        }>
      )
        .map((d) => d.id)
        .filter((id) => deelverzoekOnderwerpen.some((o) => ids[o] === id));
    const naarOnderwerp = (xs: string[]) => deelverzoekOnderwerpen.filter((o) => xs.includes(ids[o])).sort();
    const verwachtVoor = (p: Persoon) =>
      deelverzoekOnderwerpen
        .filter((o) => verwacht(p, { route: 'deelverzoekVinden', onderwerp: o }) === 'door')
        .sort();
    for (const p of personen.filter((x) => x.email && beleidVoor('deelverzoekenLijst') !== 'publiek')) {
      const rollen = rollenVan(beleidVoor('deelverzoekenLijst')) as Rol[];
      if (!p.rollen.some((r) => rollen.includes(r))) continue;
      expect(naarOnderwerp(await lijst(p.naam)), p.naam).toEqual(verwachtVoor(p));
    }
  });
  // Runs last: the escalation it writes changes the tweede leidinggevende's relation to 'plain'.
  it('lets a leidinggevende open a deelverzoek Deelwijs escalated to them, and only then', async () => {
    const tweede = sessies.get('tweede leidinggevende (eigen team)')!;
    expect((await tweede.get(`/deelverzoeken/${ids.plain}`)).status).toBe(403);
    const { rows } = await stack.db.pool.query('select id from gebruikers where email = $1', [
      TWEEDE_LEIDING,
    ]);
    await stack.db.pool.query(
      `insert into notificaties (id, gebruiker_id, deelverzoek_id, soort, tekst, aangemaakt_op)
       values ($1, $2, $3, 'informeren-achteraf-te-laat', 'De cliënt is nog niet geïnformeerd.', now())`,
      [`escalatie-${ids.plain}`, rows[0].id, ids.plain],
    );
    expect((await tweede.get(`/deelverzoeken/${ids.plain}`)).status).toBe(200);
    const lijst = (await (await tweede.get('/deelverzoeken?perPagina=100')).json()).items as Array<{
      id: string;
    }>;
    expect(lijst.map((d) => d.id)).toContain(ids.plain);
    // Another team's leidinggevende gets nothing from a reminder that is not theirs.
    expect(
      (await sessies.get('leidinggevende (ander team)')!.get(`/deelverzoeken/${ids.plain}`)).status,
    ).toBe(404);
  });
});
