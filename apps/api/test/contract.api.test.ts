import { randomUUID } from 'node:crypto';
import {
  API_VERSION,
  documentedResponses,
  isSuccess,
  Problem,
  type RouteId,
  type RouteSpec,
  routes,
} from '@deelwijs/contract';
import { notificatieQueries, toestemmingRecordId } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  akkoord,
  collega,
  legVast,
  leiding,
  ONTVANGER,
  oppakken,
  toetsing,
  totAfweging4,
  verstrek,
  voorstel4b,
} from './support/doorbreking';
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, startProvider } from './support/oidc-provider';
import { logIn, nodigUit, startStack } from './support/stack';

// For every route of the registry: what the real API (on PostgreSQL, Temporal and the worker) answers
// — successes and problems — matches the documented status, headers and response schema exactly.

const sanne = demoClienten[0]!;
const onbekend = '00000000-0000-4000-8000-000000000000';
const aanvraag = {
  clientId: sanne.id,
  doel: 'Afstemmen van de hulp met de huisarts',
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Linde', rol: 'huisarts' }],
};
const afweging1 = { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Past bij mijn taak' } };
const situatie = {
  peildatum: '2026-11-23',
  client: { id: 'extern-42', geboortedatum: '1938-06-10', wilsonbekwaam: true, vertegenwoordigers: [] },
  professional: {
    gebruikerId: 'wv-7',
    pet: 'big-zorgverlener',
    organisatietype: 'zorgaanbieder',
    beroepsgeheim: 'big',
  },
  doel: 'De huisarts laten ingrijpen bij vermoedelijke mishandeling thuis',
  gegevens: ['vitaal-noodzakelijke-gegevens'],
  ontvangers: [{ organisatie: 'Huisartsenpraktijk De Brink', soort: 'betrokken-hulpverleners' }],
  grondslag: { grondslag: 'toestemming', motivering: 'Zonder toestemming verbiedt het beroepsgeheim delen.' },
};

type Wie = 'anoniem' | 'eva' | 'tom' | 'ingrid' | 'beheer' | 'weg' | 'overal' | 'ahmed';
const EMAIL: Record<Exclude<Wie, 'anoniem'>, string> = {
  eva: 'casemanager@demo.deelwijs.nl',
  tom: 'jeugd@demo.deelwijs.nl',
  ingrid: 'privacy@demo.deelwijs.nl',
  beheer: 'beheer@demo.deelwijs.nl',
  weg: 'leidinggevende@demo.deelwijs.nl', // logs out in a case of its own
  overal: 'wijkverpleging@demo.deelwijs.nl', // logs out everywhere in a case of its own
  ahmed: 'leidinggevende@demo.deelwijs.nl', // a session of its own: 'weg' ends only that one
};

/** One request to a route and the status it must get. */
interface Geval {
  wie: Wie;
  status: number;
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  csrf?: false;
  cookie?: string;
}

/** Filled in beforeAll: a deelverzoek of Eva's team, and one on which a command is taken. */
const stand = {
  deelverzoek: '',
  voorOpdracht: '',
  /** Eva's, moved to Lotte and back by the overdracht routes (volgnummer 1: nothing else happens to it). */
  overdracht: '',
  teInformeren: '',
  toestemming: '',
  notificatie: '',
  oidcQuery: '',
  oidcCookie: '',
  uitgenodigd: '',
  opnieuw: '',
  deactiveerbaar: '',
  token: '',
};

/** Each route's cases, run in order; the type makes sure no route of the registry is left out. */
const gevallen: { [K in RouteId]: () => Geval[] } = {
  inloggen: () => [
    { wie: 'anoniem', status: 201, body: { email: EMAIL.eva, wachtwoord: 'demo-deelwijs' } },
    { wie: 'anoniem', status: 400, body: { email: 'geen-adres', wachtwoord: '' } },
    ...Array.from({ length: 5 }, () => ({
      wie: 'anoniem' as const,
      status: 400,
      body: { email: 'niemand@demo.deelwijs.nl', wachtwoord: 'fout' },
    })),
    { wie: 'anoniem', status: 429, body: { email: 'niemand@demo.deelwijs.nl', wachtwoord: 'fout' } },
  ],
  inlogmethoden: () => [{ wie: 'anoniem', status: 200 }],
  oidcBeginnen: () => [{ wie: 'anoniem', status: 302 }],
  oidcTerugkeer: () => [
    { wie: 'anoniem', status: 302, query: stand.oidcQuery, cookie: stand.oidcCookie },
    { wie: 'anoniem', status: 400, query: 'code=abc&state=xyz' },
  ],
  huidigeGebruiker: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  uitloggen: () => [
    { wie: 'weg', status: 403, csrf: false },
    { wie: 'weg', status: 204 },
  ],
  overalUitloggen: () => [
    { wie: 'anoniem', status: 401 },
    { wie: 'overal', status: 403, csrf: false },
    { wie: 'overal', status: 204 },
    { wie: 'overal', status: 401 },
  ],
  clientenLijst: () => [
    { wie: 'eva', status: 200, query: 'perPagina=2' },
    { wie: 'eva', status: 400, query: 'perPagina=1000' },
    { wie: 'anoniem', status: 401 },
    { wie: 'beheer', status: 403 },
  ],
  clientenZoekopdracht: () => [
    { wie: 'eva', status: 200, body: { zoekterm: 'cl-100', perPagina: 2 } },
    { wie: 'eva', status: 400, body: { zoekterm: '' } },
    { wie: 'eva', status: 403, body: { zoekterm: 'cl-100' }, csrf: false },
    { wie: 'eva', status: 413, body: { zoekterm: 'x'.repeat(300 * 1024) } },
    { wie: 'anoniem', status: 401, body: { zoekterm: 'cl-100' } },
    { wie: 'beheer', status: 403, body: { zoekterm: 'cl-100' } },
  ],
  clientRegistreren: () => [
    {
      wie: 'eva',
      status: 201,
      body: {
        naam: 'Noor Hendriks',
        geboortedatum: '2012-05-01',
        vertegenwoordigers: [{ naam: 'Ilse Hendriks', rol: 'ouder-met-gezag' }],
      },
    },
    { wie: 'eva', status: 400, body: { naam: 'X', geboortedatum: '14-03-1987' } },
    { wie: 'ingrid', status: 403, body: { naam: 'Noor Hendriks', geboortedatum: '2012-05-01' } },
  ],
  clientVinden: () => [
    { wie: 'eva', status: 200, params: { id: sanne.id } },
    { wie: 'eva', status: 200, params: { id: demoClienten[2]!.id } },
    { wie: 'eva', status: 400, params: { id: 'geen-id' } },
    { wie: 'tom', status: 404, params: { id: sanne.id } },
  ],
  clientToestemmingen: () => [
    { wie: 'eva', status: 200, params: { id: sanne.id } },
    { wie: 'eva', status: 400, params: { id: 'geen-id' } },
    { wie: 'ingrid', status: 403, params: { id: sanne.id } },
    { wie: 'tom', status: 404, params: { id: sanne.id } },
  ],
  clientInzageExport: () => [
    { wie: 'ingrid', status: 200, params: { id: sanne.id } },
    { wie: 'ingrid', status: 400, params: { id: 'geen-id' } },
    { wie: 'ingrid', status: 404, params: { id: onbekend } },
    { wie: 'eva', status: 403, params: { id: sanne.id } },
  ],
  clientInzageExportPdf: () => [
    { wie: 'ingrid', status: 200, params: { id: sanne.id } },
    { wie: 'ingrid', status: 404, params: { id: onbekend } },
    { wie: 'eva', status: 403, params: { id: sanne.id } },
  ],
  toestemmingIntrekken: () => [
    {
      wie: 'tom',
      status: 404,
      params: { id: stand.toestemming },
      body: { toelichting: 'De cliënt wil het niet meer.' },
    },
    { wie: 'eva', status: 400, params: { id: stand.toestemming }, body: { toelichting: '' } },
    {
      wie: 'eva',
      status: 200,
      params: { id: stand.toestemming },
      body: { toelichting: 'De cliënt wil het niet meer.' },
    },
    {
      wie: 'eva',
      status: 422,
      params: { id: stand.toestemming },
      body: { toelichting: 'De cliënt wil het niet meer.' },
    },
    {
      wie: 'eva',
      status: 404,
      params: { id: onbekend },
      body: { toelichting: 'De cliënt wil het niet meer.' },
    },
  ],
  clientCorrigeren: () => [
    {
      wie: 'eva',
      status: 200,
      params: { id: demoClienten[2]!.id },
      body: {
        soort: 'vertegenwoordiger-toevoegen',
        naam: 'Anna Contract',
        rol: 'mentor',
        reden: 'Ontbrak bij de inschrijving.',
      },
    },
    {
      wie: 'eva',
      status: 400,
      params: { id: sanne.id },
      body: { soort: 'geboortedatum-corrigeren', geboortedatum: '01-03-1980', reden: 'Typfout.' },
    },
    {
      wie: 'eva',
      status: 422,
      params: { id: sanne.id },
      body: { soort: 'geboortedatum-corrigeren', geboortedatum: sanne.geboortedatum, reden: 'Nog eens.' },
    },
    {
      wie: 'ingrid',
      status: 403,
      params: { id: sanne.id },
      body: { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: 'Geen casemanager.' },
    },
    {
      wie: 'tom',
      status: 404,
      params: { id: sanne.id },
      body: { soort: 'wilsonbekwaamheid-wijzigen', wilsonbekwaam: true, reden: 'Ander team.' },
    },
  ],
  clientDossier: () => [
    { wie: 'eva', status: 200, params: { id: sanne.id } },
    { wie: 'tom', status: 404, params: { id: sanne.id } },
  ],
  adviesGeven: () => [
    { wie: 'eva', status: 200, body: situatie },
    { wie: 'eva', status: 400, body: { ...situatie, gegevens: [] } },
  ],
  adviesSchemas: () => [
    { wie: 'beheer', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  deelverzoekenLijst: () => [
    { wie: 'eva', status: 200, query: 'pagina=1&perPagina=1' },
    // The privacy officer opens files only with a reason, never through a list.
    { wie: 'ingrid', status: 403 },
    { wie: 'eva', status: 400, query: 'pagina=0' },
    { wie: 'beheer', status: 403 },
  ],
  deelverzoekStarten: () => [
    { wie: 'eva', status: 201, body: aanvraag },
    { wie: 'eva', status: 400, body: { clientId: 'x', doel: 'kort', ontvangers: [] } },
    { wie: 'eva', status: 403, body: aanvraag, csrf: false },
    { wie: 'ingrid', status: 403, body: aanvraag },
    { wie: 'tom', status: 404, body: aanvraag },
  ],
  deelverzoekVinden: () => [
    { wie: 'eva', status: 200, params: { id: stand.deelverzoek } },
    { wie: 'tom', status: 404, params: { id: stand.deelverzoek } },
  ],
  deelverzoekAantekeningen: () => [
    { wie: 'eva', status: 200, params: { id: stand.deelverzoek } },
    { wie: 'eva', status: 404, params: { id: onbekend } },
  ],
  opdrachtUitvoeren: () => [
    {
      wie: 'eva',
      status: 200,
      params: { id: stand.voorOpdracht },
      body: { volgnummer: 1, opdracht: afweging1 },
    },
    {
      wie: 'eva',
      status: 422,
      params: { id: stand.voorOpdracht },
      body: { volgnummer: 2, opdracht: afweging1 },
    },
    {
      wie: 'eva',
      status: 409,
      params: { id: stand.voorOpdracht },
      body: { volgnummer: 1, opdracht: afweging1 },
    },
    { wie: 'eva', status: 400, params: { id: stand.voorOpdracht }, body: { opdracht: afweging1 } },
    // Who asked for an uitstel comes from the session: a requester named in the body is refused.
    {
      wie: 'eva',
      status: 422,
      params: { id: stand.teInformeren },
      body: {
        volgnummer: 1,
        opdracht: {
          soort: 'uitstel',
          reden: 'bescherming-betrokkene',
          onderbouwing: 'Eerst moet zij veilig zijn.',
          tot: '2026-12-20T10:00:00.000Z',
          aangevraagdDoor: { gebruikerId: 'lotte-mulder' },
        },
      },
    },
    {
      wie: 'tom',
      status: 404,
      params: { id: stand.voorOpdracht },
      body: { volgnummer: 2, opdracht: afweging1 },
    },
    {
      wie: 'ingrid',
      status: 403,
      params: { id: stand.voorOpdracht },
      body: { volgnummer: 2, opdracht: afweging1 },
    },
  ],
  deelverzoekWizard: () => [
    { wie: 'eva', status: 200, params: { id: stand.voorOpdracht } },
    { wie: 'eva', status: 200, params: { id: stand.deelverzoek } },
    { wie: 'tom', status: 404, params: { id: stand.deelverzoek } },
    { wie: 'eva', status: 404, params: { id: onbekend } },
  ],
  deelverzoekProces: () => [
    { wie: 'eva', status: 200, params: { id: stand.voorOpdracht } },
    { wie: 'eva', status: 404, params: { id: onbekend } },
  ],
  verantwoording: () => [
    { wie: 'eva', status: 200, params: { id: stand.voorOpdracht } },
    { wie: 'tom', status: 404, params: { id: stand.voorOpdracht } },
  ],
  verantwoordingPdf: () => [
    { wie: 'eva', status: 200, params: { id: stand.voorOpdracht } },
    { wie: 'ingrid', status: 403, params: { id: stand.voorOpdracht } },
    { wie: 'tom', status: 404, params: { id: stand.voorOpdracht } },
    { wie: 'eva', status: 404, params: { id: onbekend } },
  ],
  // The letter needs a client still to be told (a 4b verstrekking); before that it is refused.
  briefInformerenAchteraf: () => [
    { wie: 'eva', status: 200, params: { id: stand.teInformeren } },
    { wie: 'eva', status: 422, params: { id: stand.voorOpdracht } },
    { wie: 'tom', status: 404, params: { id: stand.voorOpdracht } },
  ],
  briefInformerenAchterafPdf: () => [
    { wie: 'eva', status: 200, params: { id: stand.teInformeren } },
    { wie: 'ingrid', status: 403, params: { id: stand.voorOpdracht } },
    { wie: 'eva', status: 404, params: { id: onbekend } },
  ],
  werkvoorraad: () => [
    { wie: 'eva', status: 200 },
    { wie: 'beheer', status: 403 },
  ],
  notificaties: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  notificatieGelezen: () => [
    { wie: 'eva', status: 204, params: { id: stand.notificatie } },
    { wie: 'eva', status: 404, params: { id: stand.notificatie } },
    { wie: 'eva', status: 400, params: { id: 'x'.repeat(201) } },
  ],
  toezichtHandtekeningen: () => [
    { wie: 'ingrid', status: 200, query: 'team=wijkteam-noord&perPagina=5' },
    { wie: 'ingrid', status: 400, query: 'team=Wijkteam Noord' },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  toezichtInformerenAchteraf: () => [
    { wie: 'ingrid', status: 200, query: 'team=wijkteam-noord&perPagina=5' },
    { wie: 'ingrid', status: 400, query: 'pagina=0' },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  toezichtOverzicht: () => [
    { wie: 'ingrid', status: 200 },
    { wie: 'ingrid', status: 200, query: 'team=wijkteam-noord' },
    { wie: 'ingrid', status: 400, query: 'team=Wijkteam Noord' },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  toezichtToestemmingVastgelopen: () => [
    { wie: 'ingrid', status: 200, query: 'team=wijkteam-noord&perPagina=5' },
    { wie: 'ingrid', status: 400, query: 'perPagina=0' },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  toezichtDeelverzoek: () => [
    { wie: 'ingrid', status: 200, params: { id: stand.teInformeren } },
    { wie: 'ingrid', status: 200, params: { id: stand.voorOpdracht } },
    { wie: 'ingrid', status: 404, params: { id: onbekend } },
    { wie: 'ingrid', status: 400, params: { id: 'geen-id' } },
    { wie: 'eva', status: 403, params: { id: stand.teInformeren } },
  ],
  toezichtInzien: () => [
    {
      wie: 'ingrid',
      status: 200,
      params: { id: sanne.id },
      body: { reden: 'Klacht van de cliënt over het delen met de huisarts' },
    },
    { wie: 'ingrid', status: 400, params: { id: sanne.id }, body: { reden: 'even kijken' } },
    {
      wie: 'ingrid',
      status: 404,
      params: { id: onbekend },
      body: { reden: 'Klacht van de cliënt over het delen met de huisarts' },
    },
    {
      wie: 'ingrid',
      status: 403,
      params: { id: sanne.id },
      body: { reden: 'Klacht van de cliënt over het delen met de huisarts' },
      csrf: false,
    },
    {
      wie: 'eva',
      status: 403,
      params: { id: sanne.id },
      body: { reden: 'Klacht van de cliënt over het delen met de huisarts' },
    },
  ],
  toezichtBewaartermijn: () => [
    { wie: 'ingrid', status: 200 },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  dossiercontrole: () => [
    { wie: 'ingrid', status: 200 },
    { wie: 'eva', status: 403 },
    { wie: 'beheer', status: 403 },
  ],
  beleidOverzicht: () => [
    { wie: 'beheer', status: 200 },
    { wie: 'ingrid', status: 200 },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  // The same clocks as the default, under a version of their own: later cases start as before.
  beleidVaststellen: () => [
    {
      wie: 'beheer',
      status: 201,
      body: { toelichting: 'Een eigen versie zonder afwijkingen.', klokken: {} },
    },
    {
      wie: 'beheer',
      status: 400,
      body: {
        toelichting: 'Te laat informeren.',
        klokken: { uitstel: { maximaal: { aantal: 90, eenheid: 'kalenderdagen' } } },
      },
    },
    { wie: 'beheer', status: 400, body: { toelichting: 'kort', klokken: { onbekend: 1 } } },
    { wie: 'eva', status: 403, body: { toelichting: 'Een eigen versie zonder afwijkingen.', klokken: {} } },
  ],
  gebruikersLijst: () => [
    { wie: 'beheer', status: 200 },
    { wie: 'eva', status: 403 },
  ],
  deelverzoekOverdragen: () => [
    {
      wie: 'ahmed',
      status: 200,
      params: { id: stand.overdracht },
      body: { volgnummer: 1, naar: 'lotte-mulder', reden: 'Eva is een week afwezig.' },
    },
    {
      wie: 'ahmed',
      status: 409,
      params: { id: stand.overdracht },
      body: { volgnummer: 1, naar: 'eva-smit', reden: 'Eva is terug.' },
    },
    {
      wie: 'ahmed',
      status: 422,
      params: { id: stand.overdracht },
      body: { volgnummer: 2, naar: 'lotte-mulder', reden: 'Nog een keer naar Lotte.' },
    },
    { wie: 'ahmed', status: 400, params: { id: stand.overdracht }, body: { volgnummer: 2, naar: '' } },
    {
      wie: 'ahmed',
      status: 404,
      params: { id: onbekend },
      body: { volgnummer: 1, naar: 'x', reden: 'Afwezig.' },
    },
    { wie: 'eva', status: 403, params: { id: stand.overdracht }, body: { volgnummer: 2, naar: 'eva-smit' } },
  ],
  teamWerk: () => [
    { wie: 'ahmed', status: 200 },
    { wie: 'eva', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  werkOverdragen: () => [
    {
      wie: 'ahmed',
      status: 200,
      body: {
        van: 'lotte-mulder',
        naar: 'eva-smit',
        reden: 'Eva is terug.',
        deelverzoeken: [stand.overdracht],
      },
    },
    { wie: 'ahmed', status: 422, body: { van: 'eva-smit', naar: 'eva-smit', reden: 'Dezelfde persoon.' } },
    { wie: 'ahmed', status: 400, body: { van: 'eva-smit' } },
    { wie: 'eva', status: 403, body: { van: 'eva-smit', naar: 'lotte-mulder', reden: 'Afwezig.' } },
  ],
  gebruikerWijzigen: () => [
    {
      wie: 'beheer',
      status: 200,
      params: { id: stand.uitgenodigd },
      body: { rollen: ['casemanager', 'deskundige-collega'], team: 'wijkteam-noord' },
    },
    { wie: 'beheer', status: 400, params: { id: stand.uitgenodigd }, body: { rollen: ['baas'], team: '' } },
    {
      wie: 'beheer',
      status: 403,
      params: { id: 'beheer' },
      body: { rollen: ['casemanager'], team: 'organisatie' },
    },
    {
      wie: 'beheer',
      status: 404,
      params: { id: 'niemand' },
      body: { rollen: ['casemanager'], team: 'organisatie' },
    },
    {
      wie: 'eva',
      status: 403,
      params: { id: stand.uitgenodigd },
      body: { rollen: ['casemanager'], team: 'x' },
    },
  ],
  gebruikerDeactiveren: () => [
    { wie: 'beheer', status: 200, params: { id: stand.deactiveerbaar } },
    { wie: 'beheer', status: 409, params: { id: stand.deactiveerbaar } },
    // Eva still has open deelverzoeken.
    { wie: 'beheer', status: 409, params: { id: 'eva-smit' } },
    { wie: 'beheer', status: 403, params: { id: 'beheer' } },
    { wie: 'beheer', status: 404, params: { id: 'niemand' } },
  ],
  gebruikerOpnieuwUitnodigen: () => [
    { wie: 'beheer', status: 201, params: { id: stand.opnieuw } },
    { wie: 'beheer', status: 409, params: { id: 'eva-smit' } },
    { wie: 'beheer', status: 404, params: { id: 'niemand' } },
    { wie: 'eva', status: 403, params: { id: stand.opnieuw } },
  ],
  uitnodigingBekijken: () => [
    { wie: 'anoniem', status: 200, body: { token: stand.token } },
    { wie: 'anoniem', status: 400, body: { token: 'kort' } },
    { wie: 'anoniem', status: 404, body: { token: 'y'.repeat(43) } },
  ],
  uitnodigingAanvaarden: () => [
    { wie: 'anoniem', status: 400, body: { token: stand.token, wachtwoord: 'kort' } },
    { wie: 'anoniem', status: 200, body: { token: stand.token, wachtwoord: 'een-lang-wachtwoord' } },
    { wie: 'anoniem', status: 410, body: { token: stand.token, wachtwoord: 'een-lang-wachtwoord' } },
    { wie: 'anoniem', status: 404, body: { token: 'y'.repeat(43), wachtwoord: 'een-lang-wachtwoord' } },
  ],
  teamsLijst: () => [
    { wie: 'beheer', status: 200 },
    { wie: 'eva', status: 403 },
  ],
  teamAanmaken: () => [
    { wie: 'beheer', status: 201, body: { naam: 'Contractteam' } },
    { wie: 'beheer', status: 400, body: { naam: 'Contractteam' } },
    { wie: 'beheer', status: 400, body: { naam: '' } },
    { wie: 'ingrid', status: 403, body: { naam: 'Nog een team' } },
  ],
  teamHernoemen: () => [
    { wie: 'beheer', status: 200, params: { id: 'wijkteam-noord' }, body: { naam: 'Wijkteam Noord' } },
    { wie: 'beheer', status: 400, params: { id: 'wijkteam-noord' }, body: { naam: 'Jeugdteam Zuid' } },
    { wie: 'beheer', status: 404, params: { id: 'nergens' }, body: { naam: 'Ergens' } },
  ],
  toezichtRolwijzigingen: () => [
    { wie: 'ingrid', status: 200, query: 'perPagina=5' },
    { wie: 'ingrid', status: 200, query: 'alleenClientgegevens=true' },
    { wie: 'ingrid', status: 400, query: 'pagina=0' },
    { wie: 'beheer', status: 403 },
  ],
  teamCollegas: () => [
    { wie: 'eva', status: 200 },
    { wie: 'beheer', status: 403 },
    { wie: 'anoniem', status: 401 },
  ],
  gebruikerAanmaken: () => [
    {
      wie: 'beheer',
      status: 201,
      body: {
        email: 'contract@demo.deelwijs.nl',
        naam: 'Contract Collega',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      },
    },
    { wie: 'beheer', status: 400, body: { email: 'geen-adres', naam: 'X', rollen: ['baas'], team: '' } },
    {
      wie: 'eva',
      status: 403,
      body: { email: 'x@demo.deelwijs.nl', naam: 'X Y', rollen: ['casemanager'], team: 'noord' },
    },
  ],
  leeft: () => [{ wie: 'anoniem', status: 200 }],
  gereed: () => [{ wie: 'anoniem', status: 200 }],
  handleiding: () => [
    { wie: 'eva', status: 200 },
    { wie: 'eva', status: 400, query: 'versie=' },
    { wie: 'eva', status: 404, query: 'versie=1999.0.0' },
  ],
  afwegingen: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  afweging: () => [
    { wie: 'eva', status: 200, params: { id: '4a' } },
    { wie: 'eva', status: 404, params: { id: '5' } },
  ],
  grondslagen: () => [
    { wie: 'eva', status: 200 },
    { wie: 'eva', status: 404, query: 'versie=0.0.1' },
  ],
  bijlage1: () => [
    { wie: 'eva', status: 200 },
    { wie: 'eva', status: 200, query: 'domein=jeugd&gegevenscategorie=plan-van-aanpak' },
    { wie: 'eva', status: 400, query: 'domein=ruimtevaart' },
  ],
  begrippen: () => [
    { wie: 'ingrid', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  beroepsgeheim: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  vuistregels: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  vertegenwoordiging: () => [
    { wie: 'eva', status: 200 },
    { wie: 'anoniem', status: 401 },
  ],
  openapi: () => [{ wie: 'anoniem', status: 200 }],
  // Public and without input: there is no problem to provoke.
  inzageExportSchema: () => [{ wie: 'anoniem', status: 200 }],
  documentatie: () => [{ wie: 'anoniem', status: 200 }],
  documentatieScript: () => [{ wie: 'anoniem', status: 200 }],
};

/** The body as the schema reads it must be the body itself: no field missing, none undeclared. */
function volgensSchema(schema: z.ZodType, body: unknown, waar: string) {
  const gelezen = schema.safeParse(body);
  expect(gelezen.success ? [] : gelezen.error.issues, waar).toEqual([]);
  expect(gelezen.data, `${waar}: velden buiten het schema`).toEqual(body);
}

describe('every route answers as its contract says', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  const cookies = new Map<Wie, { cookie: string; csrf: string }>();
  const gezien = new Map<RouteId, number[]>();

  beforeAll(async () => {
    provider = await startProvider();
    stack = await startStack({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URI: REDIRECT_URI,
    });
    for (const [wie, email] of Object.entries(EMAIL) as Array<[Exclude<Wie, 'anoniem'>, string]>) {
      const { geheimen } = await logIn(stack.baseUrl, email);
      cookies.set(wie, {
        cookie: `deelwijs_sessie=${geheimen.sessie}; deelwijs_csrf=${geheimen.csrf}`,
        csrf: geheimen.csrf,
      });
    }
    const beheer = await logIn(stack.baseUrl, EMAIL.beheer);
    const uitgenodigd = await nodigUit(beheer, {
      email: 'contract.uitgenodigd@demo.deelwijs.nl',
      naam: 'Contract Uitgenodigd',
      rollen: ['casemanager'],
      team: 'wijkteam-noord',
    });
    stand.uitgenodigd = uitgenodigd.id;
    stand.token = uitgenodigd.token;
    const uitnodiging = (email: string) =>
      nodigUit(beheer, { email, naam: 'Contract Collega', rollen: ['casemanager'], team: 'wijkteam-noord' });
    stand.opnieuw = (await uitnodiging('contract.opnieuw@demo.deelwijs.nl')).id;
    stand.deactiveerbaar = (await uitnodiging('contract.weg@demo.deelwijs.nl')).id;
    const eva = await logIn(stack.baseUrl, EMAIL.eva);
    stand.deelverzoek = (await (await eva.post('/deelverzoeken', aanvraag)).json()).id;
    stand.voorOpdracht = (await (await eva.post('/deelverzoeken', aanvraag)).json()).id;
    stand.overdracht = (await (await eva.post('/deelverzoeken', aanvraag)).json()).id;
    // A doorbreking under 4b, shared two days ago: the client must still be told.
    stand.teInformeren = await legVast(
      stack.db.db,
      sanne,
      [
        ...totAfweging4(false, new Date(Date.now() - 3 * 24 * 3600_000)).map((o): [Opdracht] => [o]),
        [voorstel4b],
        [oppakken, collega],
        [toetsing, collega],
        [akkoord('akkoord'), leiding],
        [verstrek],
      ],
      2,
    );
    // Consent given and shared on yesterday: the deelverzoek is closed, the consent can be withdrawn.
    const toestemmingId = await legVast(
      stack.db.db,
      sanne,
      [
        ...totAfweging4(false)
          .slice(0, 3)
          .map((o): [Opdracht] => [o]),
        [
          {
            soort: 'toestemmingspoging',
            poging: {
              op: new Date(Date.now() - 2 * 24 * 3600_000).toISOString(),
              wijze: 'gesprek',
              partij: { soort: 'client' },
              uitkomst: 'ja',
              reikwijdte: {
                doel: 'Zorgen over de veiligheid thuis afstemmen met de huisarts',
                gegevens: ['relevante-hulpinformatie'],
                ontvangers: [ONTVANGER],
                wijze: 'mondeling',
                intrekkenUitgelegd: true,
              },
            },
          },
        ],
        [verstrek],
      ],
      1,
    );
    stand.toestemming = toestemmingRecordId(toestemmingId, 0);
    stand.notificatie = randomUUID();
    await notificatieQueries(stack.db.db).voegToe({
      id: stand.notificatie,
      gebruikerId: 'eva-smit',
      deelverzoekId: stand.deelverzoek,
      soort: 'herinnering-toestemming',
      tekst: 'Er is nog geen poging gedaan om toestemming te vragen.',
      aangemaaktOp: new Date().toISOString(),
    });
    // The way back from the provider, as the browser would follow it: a query and the attempt cookie.
    const begin = await fetch(`${stack.baseUrl}/sessies/oidc`, { redirect: 'manual' });
    const poging = begin.headers
      .getSetCookie()
      .find((c) => c.startsWith('deelwijs_oidc='))!
      .split(';')[0]!;
    const terug = new URL(
      (await fetch(begin.headers.get('location')!, { redirect: 'manual' })).headers.get('location')!,
    );
    stand.oidcQuery = terug.search.slice(1);
    stand.oidcCookie = poging;
  });
  afterAll(async () => {
    await stack?.stop();
    await provider?.stop();
  });

  async function vraag(spec: RouteSpec, g: Geval) {
    const pad = spec.path.replace(/\{(\w+)\}/g, (_, naam: string) => encodeURIComponent(g.params![naam]!));
    const sessie = g.wie === 'anoniem' ? undefined : cookies.get(g.wie)!;
    const headers: Record<string, string> = {};
    if (sessie) headers.cookie = sessie.cookie;
    if (g.cookie) headers.cookie = g.cookie;
    if (sessie && spec.method !== 'GET' && g.csrf !== false) headers['x-csrf-token'] = sessie.csrf;
    if (g.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${stack.baseUrl}${pad}${g.query ? `?${g.query}` : ''}`, {
      method: spec.method,
      headers,
      body: g.body === undefined ? undefined : JSON.stringify(g.body),
      redirect: 'manual',
    });
  }

  for (const id of Object.keys(routes) as RouteId[]) {
    const spec: RouteSpec = routes[id];
    it(`${id}: ${spec.method} ${spec.path}`, async () => {
      const gedocumenteerd = documentedResponses(spec);
      for (const g of gevallen[id]()) {
        const response = await vraag(spec, g);
        const waar = `${id} (${g.wie}, verwacht ${g.status})`;
        const tekst = await response.text();
        expect(response.status, `${waar}: ${tekst.slice(0, 300)}`).toBe(g.status);
        gezien.set(id, [...(gezien.get(id) ?? []), response.status]);
        const antwoord = gedocumenteerd[response.status];
        expect(antwoord, `${waar}: status niet gedocumenteerd`).toBeDefined();
        expect(response.headers.get('api-version'), waar).toBe(API_VERSION);
        for (const header of antwoord!.headers ?? [])
          if (header === 'Location') expect(response.headers.get('location'), waar).toBeTruthy();
        const type = response.headers.get('content-type') ?? '';
        if (response.status >= 400) {
          expect(type, waar).toContain('application/problem+json');
          const problem = JSON.parse(tekst);
          volgensSchema(Problem, problem, waar);
          expect(problem.status, waar).toBe(response.status);
        } else if (antwoord!.schema) {
          expect(type, waar).toContain('application/json');
          volgensSchema(antwoord!.schema, JSON.parse(tekst), waar);
        } else if (antwoord!.mediaType) {
          expect(type, waar).toContain(antwoord!.mediaType);
          expect(tekst.length, waar).toBeGreaterThan(0);
        } else if (response.status < 300) {
          expect(tekst, `${waar}: geen body verwacht`).toBe('');
        }
      }
    });
  }

  it('tried a success of every route, and a problem of every route that takes input or a session', () => {
    for (const [id, spec] of Object.entries(routes) as Array<[RouteId, RouteSpec]>) {
      const statussen = gezien.get(id) ?? [];
      expect(statussen.some(isSuccess), `${id}: geen succes geprobeerd`).toBe(true);
      const kanWeigeren = spec.roles !== 'public' || Object.keys(spec.request).length > 0;
      if (kanWeigeren)
        expect(
          statussen.some((s) => s >= 400),
          `${id}: geen probleem geprobeerd`,
        ).toBe(true);
    }
  });
});
