import { hash } from '@node-rs/argon2';
import type { Db } from '../client';
import { clientQueries } from '../queries/clienten';
import { gebruikerQueries, teamQueries } from '../queries/gebruikers';

/** Fictitious clients for the demo and the end-to-end tests; lists show pseudonyms only. */
export const demoClienten = [
  {
    id: '3b0e7a52-6a0e-4f5c-9d0c-2b7a1c5e8f01',
    pseudoniem: 'CL-1001',
    naam: 'Sanne de Vries',
    geboortedatum: '1987-03-14',
    team: 'wijkteam-noord',
  },
  {
    id: '5c2d8e14-1f3a-4b6d-8e7f-9a0b1c2d3e02',
    pseudoniem: 'CL-1002',
    naam: 'Daan Jansen',
    geboortedatum: '2012-09-02',
    team: 'wijkteam-noord',
  },
  {
    id: '7e4f0a36-3b5c-4d8e-9f1a-2b3c4d5e6f03',
    pseudoniem: 'CL-1003',
    naam: 'Mevrouw Bakker',
    geboortedatum: '1941-11-27',
    team: 'wijkteam-noord',
    wilsonbekwaam: true,
  },
  {
    id: '9a6b2c58-5d7e-4f0a-8b2c-3d4e5f6a7b04',
    pseudoniem: 'CL-2001',
    naam: 'Youssef El Amrani',
    geboortedatum: '2009-05-30',
    team: 'jeugdteam-zuid',
  },
];

export const demoVertegenwoordigers = [
  {
    id: 'c1d2e3f4-0001-4a5b-8c6d-7e8f9a0b1c01',
    clientId: '5c2d8e14-1f3a-4b6d-8e7f-9a0b1c2d3e02',
    naam: 'Marieke Jansen',
    rol: 'ouder-met-gezag',
  },
  {
    id: 'c1d2e3f4-0002-4a5b-8c6d-7e8f9a0b1c02',
    clientId: '5c2d8e14-1f3a-4b6d-8e7f-9a0b1c2d3e02',
    naam: 'Peter Jansen',
    rol: 'ouder-met-gezag',
  },
  {
    id: 'c1d2e3f4-0003-4a5b-8c6d-7e8f9a0b1c03',
    clientId: '7e4f0a36-3b5c-4d8e-9f1a-2b3c4d5e6f03',
    naam: 'J. Bakker',
    rol: 'mentor',
  },
];

/** Printed by the start command; never seeded outside the demo. */
export const DEMO_WACHTWOORD = 'demo-deelwijs';

export const demoGebruikers = [
  {
    id: 'eva-smit',
    email: 'casemanager@demo.deelwijs.nl',
    naam: 'Eva Smit',
    rollen: ['casemanager'],
    team: 'wijkteam-noord',
    pet: 'sociaal-werker',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
  {
    id: 'tom-visser',
    email: 'jeugd@demo.deelwijs.nl',
    naam: 'Tom Visser',
    rollen: ['casemanager'],
    team: 'jeugdteam-zuid',
    pet: 'jeugdzorgwerker',
    organisatietype: 'jeugdhulpaanbieder',
    beroepsgeheim: 'skj',
  },
  {
    id: 'lotte-mulder',
    email: 'collega@demo.deelwijs.nl',
    naam: 'Lotte Mulder',
    rollen: ['deskundige-collega', 'casemanager'],
    team: 'wijkteam-noord',
    pet: 'sociaal-werker',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
  {
    id: 'ahmed-yilmaz',
    email: 'leidinggevende@demo.deelwijs.nl',
    naam: 'Ahmed Yilmaz',
    rollen: ['leidinggevende'],
    team: 'wijkteam-noord',
    pet: null,
    organisatietype: 'wijkteam',
    beroepsgeheim: 'algemeen',
  },
  // Both teams have a casemanager, a deskundige collega and a leidinggevende, and someone with
  // beroepsgeheim (BIG, SKJ), so collegiale toetsing, akkoord and afweging 4c can be shown in each.
  {
    id: 'fatima-bouzid',
    email: 'wijkverpleging@demo.deelwijs.nl',
    naam: 'Fatima Bouzid',
    rollen: ['casemanager'],
    team: 'wijkteam-noord',
    pet: 'big-zorgverlener',
    organisatietype: 'wijkteam',
    beroepsgeheim: 'big',
  },
  {
    id: 'sara-koster',
    email: 'collega.jeugd@demo.deelwijs.nl',
    naam: 'Sara Koster',
    rollen: ['deskundige-collega', 'casemanager'],
    team: 'jeugdteam-zuid',
    pet: 'jeugdzorgwerker',
    organisatietype: 'jeugdhulpaanbieder',
    beroepsgeheim: 'skj',
  },
  {
    id: 'karin-vos',
    email: 'leidinggevende.jeugd@demo.deelwijs.nl',
    naam: 'Karin Vos',
    rollen: ['leidinggevende'],
    team: 'jeugdteam-zuid',
    pet: null,
    organisatietype: 'jeugdhulpaanbieder',
    beroepsgeheim: 'algemeen',
  },
  {
    id: 'ingrid-de-boer',
    email: 'privacy@demo.deelwijs.nl',
    naam: 'Ingrid de Boer',
    rollen: ['privacy-officer'],
    team: 'organisatie',
    pet: null,
    organisatietype: 'gemeente',
    beroepsgeheim: 'ambtelijk',
  },
  {
    id: 'beheer',
    email: 'beheer@demo.deelwijs.nl',
    naam: 'Functioneel beheer',
    rollen: ['functioneel-beheerder'],
    team: 'organisatie',
    pet: null,
    organisatietype: 'gemeente',
    beroepsgeheim: 'geen',
  },
];

/** The teams the demo accounts and clients belong to. */
export const demoTeams = [
  { id: 'wijkteam-noord', naam: 'Wijkteam Noord' },
  { id: 'jeugdteam-zuid', naam: 'Jeugdteam Zuid' },
  { id: 'organisatie', naam: 'Organisatie' },
];

export async function seedDemo(db: Db): Promise<void> {
  await teamQueries(db).voegToe(demoTeams);
  await clientQueries(db).voegToe(demoClienten);
  await clientQueries(db).voegVertegenwoordigersToe(demoVertegenwoordigers);
  const wachtwoordHash = await hash(DEMO_WACHTWOORD);
  await gebruikerQueries(db).voegToe(demoGebruikers.map((g) => ({ ...g, wachtwoordHash })));
}
