import type { Client, Opdracht, Partij } from '@deelwijs/domain';
import { testInput } from './temporal';

// The first two afwegingen as a casemanager answers them on the consent path; several workflow
// tests walk them before the step they are about.
export const grondslagToestemming = {
  grondslag: 'toestemming',
  motivering: 'De cliënt kan vrij kiezen en weet waarvoor.',
} as const;

export const afweging1Ja: Opdracht = {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' },
};

export const afweging2Ja = {
  soort: 'afweging-2',
  antwoord: {
    welbepaaldDoel: true,
    uitdrukkelijkOmschreven: true,
    gegevens: ['relevante-hulpinformatie'],
    grondslag: grondslagToestemming,
    toelichting: 'Doel en gegevens doorgenomen.',
  },
} as Opdracht;

export const afweging3Ja: Opdracht = {
  soort: 'afweging-3',
  antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
};

const voorwaarde = { voldaan: true, onderbouwing: 'Uitvoerig besproken en onderbouwd in het team.' };

/** A doorbrekingsvoorstel from content version 2025.2.0: the conversation, the grond and its five questions. */
export const voorstelInStappen = (extra: Record<string, unknown> = {}) =>
  ({
    soort: 'doorbrekingsvoorstel',
    voorstel: {
      gesprek: {
        belang: 'De schulden lopen op en de huur is in gevaar.',
        doel: 'De Wmo-consulent laten helpen voordat mevrouw haar huis verliest.',
        wat: 'Onze zorgen over de schulden, niet haar hele dossier.',
        reactieClient: 'Ik wil niet dat de gemeente het weet.',
      },
      goedeArgumentenClient: false,
      grond: 'conflict-van-plichten',
      voorwaarden: {
        allesGedaanVoorToestemming: voorwaarde,
        gewetensnood: voorwaarde,
        geenAndereWeg: voorwaarde,
        zwijgenGeeftErnstigeSchade: voorwaarde,
        doorbrekenVoorkomtSchade: voorwaarde,
      },
      wat: 'De zorgen over de schulden delen, zodat de Wmo-consulent kan helpen.',
      toelichting: 'Met mevrouw besproken; zij blijft weigeren.',
      ...extra,
    },
  }) as Opdracht;

export const moeder: Partij = { soort: 'vertegenwoordiger', id: 'moeder', rol: 'ouder-met-gezag' };
export const vader: Partij = { soort: 'vertegenwoordiger', id: 'vader', rol: 'ouder-met-gezag' };
/** A 14-year-old with two parents with gezag: all three must consent. */
export const veertienjarige = (): Client => {
  const geboren = new Date();
  geboren.setUTCFullYear(geboren.getUTCFullYear() - 14, geboren.getUTCMonth() - 2);
  return {
    id: testInput().client.id,
    geboortedatum: geboren.toISOString().slice(0, 10),
    wilsonbekwaam: false,
    vertegenwoordigers: [
      { id: 'moeder', rol: 'ouder-met-gezag' },
      { id: 'vader', rol: 'ouder-met-gezag' },
    ],
  };
};

/** Acute danger to life or health: afweging 1–3, then afweging 4 started for lack of time. */
export const acuutTotAfweging4: Opdracht[] = [
  afweging1Ja,
  {
    ...afweging2Ja,
    antwoord: {
      ...(afweging2Ja as { antwoord: object }).antwoord,
      omstandigheden: { acuutVitaalBelang: true },
    },
  } as Opdracht,
  afweging3Ja,
  { soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' },
];
/** Shared at once, before the leidinggevende signed. */
export const acuteVerstrekking = {
  soort: 'acute-verstrekking',
  reden: 'Zij dreigt zich iets aan te doen; geen tijd om te wachten.',
  voorstel: (voorstelInStappen({ grond: 'vitaal-belang', gesprek: null }) as { voorstel: object }).voorstel,
  verstrekking: {
    gegevens: ['relevante-hulpinformatie'],
    ontvangers: ['Gemeente Zutphen'],
    wijze: 'overleg',
    achterwegeGelaten: [],
  },
} as Opdracht;
