import type { Db } from '../client';
import { clientQueries } from '../queries/clienten';

/** Fictitious clients for the demo and the end-to-end tests; pseudonyms only in lists. */
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
  },
  {
    id: '9a6b2c58-5d7e-4f0a-8b2c-3d4e5f6a7b04',
    pseudoniem: 'CL-2001',
    naam: 'Youssef El Amrani',
    geboortedatum: '2009-05-30',
    team: 'jeugdteam-zuid',
  },
];

export async function seedDemo(db: Db): Promise<void> {
  await clientQueries(db).voegToe(demoClienten);
}
