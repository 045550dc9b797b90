import type { Meting } from './meting';
import type { Antwoord, Sessie } from './sessie';

/** A team of load users: the clients they made, so a list that shows another team's client is caught. */
export interface Team {
  naam: string;
  clientIds: Set<string>;
}

/** What one lifecycle got done: the steps the product accepted, in order, and where it stands. */
export interface Uitkomst {
  clientId?: string;
  clientNaam: string;
  deelverzoekId?: string;
  /** Accepted steps, as the soort of the dossieraantekening each one writes. */
  geaccepteerd: string[];
  klaar: boolean;
  /** Why it stopped early, when it did. */
  gestopt?: string;
}

/** The file a whole consent lifecycle leaves, in order (the closing entry comes with the verstrekking). */
export const VOLLEDIG_DOSSIER = [
  'deelverzoek-gestart',
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemmingspoging',
  'verstrekking',
  'afsluiting',
];

const ONTVANGER = 'Gemeente Zutphen';

/** The commands of one lifecycle: afwegingen 1–3, consent given, the verstrekking. */
function opdrachten(doel: string) {
  const gegevens = ['relevante-hulpinformatie'];
  return [
    {
      soort: 'afweging-1',
      antwoord: { hoortBijMij: true, toelichting: 'De vraag hoort bij mij: mevrouw is cliënt van ons team.' },
    },
    {
      soort: 'afweging-2',
      antwoord: {
        welbepaaldDoel: true,
        uitdrukkelijkOmschreven: true,
        gegevens,
        grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kan vrij kiezen en weet waarvoor.' },
        toelichting: 'Doel en gegevens samen doorgenomen.',
      },
    },
    {
      soort: 'afweging-3',
      antwoord: {
        doelmatig: true,
        proportioneel: true,
        subsidiair: true,
        toelichting: 'Nodig en evenredig.',
      },
    },
    {
      soort: 'toestemmingspoging',
      poging: {
        op: new Date(Date.now() - 60_000).toISOString(),
        wijze: 'gesprek',
        partij: { soort: 'client' },
        uitkomst: 'ja',
        reikwijdte: { doel, gegevens, ontvangers: [ONTVANGER], wijze: 'mondeling', intrekkenUitgelegd: true },
      },
    },
    {
      soort: 'verstrekking',
      verstrekking: { gegevens, ontvangers: [ONTVANGER], wijze: 'overleg', achterwegeGelaten: [] },
    },
  ] as const;
}

const VOLGENDE_STATUS = [
  'afweging-2',
  'afweging-3',
  'toestemming',
  'verstrekking',
  'gedeeld-met-toestemming',
];

interface View {
  id: string;
  client: { id: string };
  doel: string;
  status: string;
  volgnummer: number;
}

export interface LevenscyclusContext {
  sessie: Sessie;
  meting: Meting;
  team: Team;
  andereTeams: Team[];
  nummer: string;
  /** Read lists, the file, the process and the page between steps, as a person does. */
  lezen: boolean;
  /** Retry every request until a definite answer (the fault script), instead of counting it as an error. */
  herhaal: boolean;
  /** Milliseconds a person takes between two steps (reading, typing), on average; spread ±50 %. */
  denktijdMs?: number;
}

const ok = (a: Antwoord) => a.status >= 200 && a.status < 300;

/**
 * One deelverzoek from a new client to a verstrekking with consent, every answer checked to be about
 * what was asked: the same client, the same deelverzoek, the same doel, nobody else's team.
 */
export async function levenscyclus(ctx: LevenscyclusContext): Promise<Uitkomst> {
  const { sessie, meting, herhaal } = ctx;
  const clientNaam = `Lastproef ${ctx.team.naam} ${ctx.nummer}`;
  const uitkomst: Uitkomst = { clientNaam, geaccepteerd: [], klaar: false };
  const stop = (waarom: string) => ({ ...uitkomst, gestopt: waarom });
  const klopt = (voorwaarde: boolean, wat: string) => {
    if (!voorwaarde) meting.verkeerdAntwoord(`${ctx.nummer}: ${wat}`);
    return voorwaarde;
  };

  const nieuw = await sessie.post(
    '/api/v1/clienten',
    { naam: clientNaam, geboortedatum: '1979-04-12' },
    { soort: 'POST clienten', herhaal },
  );
  if (!ok(nieuw)) return stop(`client ${nieuw.status}`);
  const client = nieuw.body as { id: string; naam: string; team: string };
  if (
    !klopt(client.naam === clientNaam && client.team === ctx.team.naam, 'POST clienten gaf een andere cliënt')
  )
    return stop('verkeerde client');
  uitkomst.clientId = client.id;
  ctx.team.clientIds.add(client.id);

  const doel = `Lastproef ${ctx.nummer}: de hulp bij het huishouden afstemmen met de Wmo-consulent`;
  const start = await sessie.post(
    '/api/v1/deelverzoeken',
    { clientId: client.id, doel, ontvangers: [{ organisatie: ONTVANGER, rol: 'Wmo-consulent' }] },
    { soort: 'POST deelverzoeken', herhaal },
  );
  if (!ok(start)) return stop(`start ${start.status}`);
  const gestart = start.body as View & { geregistreerd?: false };
  uitkomst.deelverzoekId = gestart.id;
  uitkomst.geaccepteerd.push('deelverzoek-gestart');
  const id = gestart.id;
  let view: View | undefined = gestart.geregistreerd === false ? undefined : gestart;
  if (
    view &&
    !klopt(view.client.id === client.id && view.doel === doel, 'POST deelverzoeken gaf een ander deelverzoek')
  )
    return stop('verkeerd deelverzoek');

  const leesDeelverzoek = async (): Promise<View | undefined> => {
    // Accepted with 202 while the worker was away: it is on file once the worker is back.
    for (;;) {
      const a = await sessie.get(`/api/v1/deelverzoeken/${id}`, { soort: 'GET deelverzoek', herhaal });
      if (ok(a)) {
        const v = a.body as View;
        klopt(
          v.id === id && v.client.id === client.id && v.doel === doel,
          'GET deelverzoek gaf een ander deelverzoek',
        );
        return v;
      }
      if (!(herhaal && a.status === 404)) return undefined;
      await new Promise((r) => setTimeout(r, 500));
    }
  };

  const denk = () =>
    ctx.denktijdMs ? new Promise((r) => setTimeout(r, ctx.denktijdMs! * (0.5 + Math.random()))) : undefined;
  const stappen = opdrachten(doel);
  for (const [i, opdracht] of stappen.entries()) {
    await denk();
    if (ctx.lezen || !view) {
      view = await leesDeelverzoek();
      if (!view) return stop('deelverzoek niet te lezen');
    }
    if (ctx.lezen) await leesRond(ctx, id, client.id, i);
    const a = await sessie.post(
      `/api/v1/deelverzoeken/${id}/opdrachten`,
      { volgnummer: view.volgnummer, opdracht },
      { soort: `POST opdracht ${opdracht.soort}`, herhaal },
    );
    if (!ok(a)) return stop(`${opdracht.soort} ${a.status}`);
    const na = a.body as View;
    if (
      !klopt(na.id === id && na.client.id === client.id, `POST ${opdracht.soort} gaf een ander deelverzoek`)
    )
      return stop('verkeerd antwoord');
    klopt(na.status === VOLGENDE_STATUS[i], `na ${opdracht.soort} status ${na.status}`);
    uitkomst.geaccepteerd.push(opdracht.soort);
    view = na;
  }
  uitkomst.geaccepteerd.push('afsluiting');
  uitkomst.klaar = true;
  return uitkomst;
}

/** What a person looks at between two steps; every answer is checked against what was asked. */
async function leesRond(ctx: LevenscyclusContext, id: string, clientId: string, stap: number): Promise<void> {
  const { sessie, meting, herhaal } = ctx;
  const andere = (ids: string[]) => ids.filter((c) => ctx.andereTeams.some((t) => t.clientIds.has(c)));
  const dossier = await sessie.get(`/api/v1/deelverzoeken/${id}/dossieraantekeningen`, {
    soort: 'GET dossieraantekeningen',
    herhaal,
  });
  if (dossier.status === 200) {
    const regels = dossier.body as Array<{ id: string }>;
    if (!regels.every((r) => r.id.startsWith(`${id}:`)))
      meting.verkeerdAntwoord(`${ctx.nummer}: dossier bevat aantekeningen van een ander deelverzoek`);
  }
  const proces = await sessie.get(`/api/v1/deelverzoeken/${id}/proces`, { soort: 'GET proces', herhaal });
  if (proces.status === 200) {
    const p = proces.body as { deelverzoek: { id: string; clientId: string } };
    if (p.deelverzoek.id !== id || p.deelverzoek.clientId !== clientId)
      meting.verkeerdAntwoord(`${ctx.nummer}: proces van een ander deelverzoek`);
  }
  const lijst = await sessie.get('/api/v1/deelverzoeken?perPagina=20', {
    soort: 'GET deelverzoeken',
    herhaal,
  });
  if (lijst.status === 200) {
    const vreemd = andere(
      (lijst.body as { items: Array<{ client: { id: string } }> }).items.map((d) => d.client.id),
    );
    if (vreemd.length) meting.verkeerdAntwoord(`${ctx.nummer}: lijst toont cliënten van een ander team`);
  }
  const werk = await sessie.get('/api/v1/werkvoorraad', { soort: 'GET werkvoorraad', herhaal });
  if (werk.status === 200) {
    const vreemd = andere(
      (werk.body as { deelverzoeken: Array<{ client: { id: string } }> }).deelverzoeken.map(
        (d) => d.client.id,
      ),
    );
    if (vreemd.length)
      meting.verkeerdAntwoord(`${ctx.nummer}: werkvoorraad toont cliënten van een ander team`);
  }
  // The page a person opens, rendered by the dashboard from the API: once a lifecycle, halfway.
  if (stap === 2) {
    const pagina = await sessie.pagina(`/deelverzoeken/${id}`, { soort: 'GET pagina deelverzoek', herhaal });
    if (pagina.status === 200 && !String(pagina.body).includes(`Lastproef ${ctx.nummer}:`))
      meting.verkeerdAntwoord(`${ctx.nummer}: pagina toont een ander deelverzoek`);
  }
}
