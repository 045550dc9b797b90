import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import {
  type Afweging4Fase,
  type ConflictVanPlichten,
  type DeelverzoekProces,
  type Medewerker,
  type Opdracht,
  type Partij,
  type ProcesIn,
  type ProcesInFase,
  startProces,
  voerUit,
  voorwaardenConflictVanPlichten,
} from '@deelwijs/domain';
import { expect } from 'vitest';

// Real processes from the domain's own rules, one per wizard step; the content version is the one pinned.
export const door: Medewerker = { gebruikerId: 'casemanager-1', rollen: ['professional'] };
export const collega: Medewerker = { gebruikerId: 'collega-1', rollen: ['deskundige-collega'] };
export const leidinggevende: Medewerker = { gebruikerId: 'leiding-1', rollen: ['leidinggevende'] };
export const verder = (p: DeelverzoekProces, opdracht: Opdracht, wie = door): DeelverzoekProces => {
  const r = voerUit(p, opdracht, { door: wie, op: '2026-11-24T10:00:00.000Z', beleid: standaardBeleid });
  if (!r.ok) throw new Error(r.overtredingen.map((o) => o.bericht).join(' '));
  return r.waarde.proces;
};
const startVoor = (client: Parameters<typeof startProces>[0]['client']) =>
  startProces({
    start: {
      id: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
      aanvraag: {
        clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
        doel: 'De hulp bij het huishouden afstemmen',
        ontvangers: [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' }],
      },
      door,
      op: '2026-11-23T09:00:00.000Z',
      contentVersie: CONTENT_VERSIE,
      beleidVersie: standaardBeleid.versie,
    },
    client,
    professional: {
      gebruikerId: door.gebruikerId,
      pet: 'sociaal-werker',
      beroepsgeheim: 'algemeen',
      organisatietype: 'wijkteam',
    },
  }).proces;
export const bij1 = startVoor({
  id: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
  geboortedatum: '1950-04-02',
  wilsonbekwaam: false,
  vertegenwoordigers: [],
});
const AFWEGING_1: Opdracht = {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn taak.' },
};
const AFWEGING_2: Opdracht = {
  soort: 'afweging-2',
  antwoord: {
    welbepaaldDoel: true,
    uitdrukkelijkOmschreven: true,
    gegevens: ['relevante-hulpinformatie', 'naw'],
    grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kiest zelf.' },
    toelichting: 'Doorgenomen.',
  },
};
const AFWEGING_3: Opdracht = {
  soort: 'afweging-3',
  antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Afgewogen.' },
};
export const bij2 = verder(bij1, AFWEGING_1);
export const bij3 = verder(bij2, AFWEGING_2);
export const bijToestemming = verder(bij3, AFWEGING_3);
/** A yes to this deelverzoek's purpose, data and recipient, from one party. */
const jaVan = (partij: Partij): Opdracht => ({
  soort: 'toestemmingspoging',
  poging: {
    op: '2026-11-24T09:30:00.000Z',
    wijze: 'gesprek',
    partij,
    uitkomst: 'ja',
    reikwijdte: {
      doel: 'De hulp bij het huishouden afstemmen',
      gegevens: ['relevante-hulpinformatie', 'naw'],
      ontvangers: ['Thuiszorg Oost'],
      wijze: 'schriftelijk',
      intrekkenUitgelegd: true,
    },
  },
});
export const bijVerstrekking = verder(bijToestemming, jaVan({ soort: 'client' }));

/** A child of 10 with two parents with gezag: the parents consent, the child is told (under 12). */
export const moeder: Partij = { soort: 'vertegenwoordiger', id: 'moeder', rol: 'ouder-met-gezag' };
export const vader: Partij = { soort: 'vertegenwoordiger', id: 'vader', rol: 'ouder-met-gezag' };
export const kindBijToestemming = [AFWEGING_1, AFWEGING_2, AFWEGING_3].reduce(
  (p, o) => verder(p, o),
  startVoor({
    id: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
    geboortedatum: '2016-06-01',
    wilsonbekwaam: false,
    vertegenwoordigers: [
      { id: 'moeder', rol: 'ouder-met-gezag' },
      { id: 'vader', rol: 'ouder-met-gezag' },
    ],
  }),
);
export const kindBijVerstrekking = verder(verder(kindBijToestemming, jaVan(moeder)), jaVan(vader));
export const inStatus = <S extends DeelverzoekProces['status']>(p: DeelverzoekProces, s: S) => {
  expect(p.status).toBe(s);
  return p as ProcesIn<S>;
};

/** Afweging 4 after a refusal, one process per phase, with the three people who act in it. */
const geweigerd = verder(bijToestemming, {
  soort: 'toestemmingspoging',
  poging: { op: '2026-11-24T09:30:00.000Z', wijze: 'gesprek', partij: { soort: 'client' }, uitkomst: 'nee' },
});
export const bijVoorstel = verder(geweigerd, {
  soort: 'start-afweging-4',
  reden: 'client-weigert',
  toelichting: 'De cliënt wil niet dat wij delen.',
});
export const alleVijf = (voldaan = true): ConflictVanPlichten =>
  Object.fromEntries(
    voorwaardenConflictVanPlichten.map((v) => [
      v.sleutel,
      { voldaan, onderbouwing: `Onderbouwing bij vraag ${v.nummer}.` },
    ]),
  ) as ConflictVanPlichten;
export const bijToetsing = verder(bijVoorstel, {
  soort: 'doorbrekingsvoorstel',
  voorstel: {
    gesprek: {
      belang: 'Zijn gezondheid gaat hard achteruit.',
      doel: 'De hulp op tijd laten aansluiten.',
      wat: 'Dat de hulp stopt en waarom.',
    },
    goedeArgumentenClient: false,
    grond: 'conflict-van-plichten',
    voorwaarden: alleVijf(),
    wat: 'Dat de hulp stopt, aan de huisarts.',
    toelichting: 'Besproken in het team.',
  },
});
export const bijToetsingOpgepakt = verder(bijToetsing, { soort: 'toetsing-oppakken' }, collega);
export const bijAkkoord = verder(
  bijToetsingOpgepakt,
  {
    soort: 'collegiale-toetsing',
    toetsing: { oordeel: 'eens', toelichting: 'De vijf vragen zijn goed onderbouwd.' },
  },
  collega,
);
export const inFase = <F extends Afweging4Fase>(p: DeelverzoekProces, f: F) => {
  const q = inStatus(p, 'afweging-4');
  expect(q.afweging4.fase).toBe(f);
  return q as ProcesInFase<F>;
};
export type { ProcesIn };

/** Afweging 4b: signed without telling the client first, then shared — the client must hear it afterwards. */
export const bijInformerenAchteraf = [
  { opdracht: { soort: 'toetsing-oppakken' }, wie: collega },
  {
    opdracht: {
      soort: 'collegiale-toetsing',
      toetsing: { oordeel: 'eens', toelichting: 'De vijf vragen en de reden zijn goed onderbouwd.' },
    },
    wie: collega,
  },
  {
    opdracht: {
      soort: 'akkoord-leidinggevende',
      akkoord: { besluit: 'akkoord', toelichting: 'Eerst delen, daarna vertellen is hier nodig.' },
    },
    wie: leidinggevende,
  },
  {
    opdracht: {
      soort: 'verstrekking',
      verstrekking: {
        gegevens: ['relevante-hulpinformatie'],
        ontvangers: ['Thuiszorg Oost'],
        wijze: 'overleg',
        achterwegeGelaten: [],
      },
    },
    wie: door,
  },
].reduce(
  (p, { opdracht, wie }) => verder(p, opdracht as Opdracht, wie),
  verder(bijVoorstel, {
    soort: 'doorbrekingsvoorstel',
    voorstel: {
      gesprek: {
        belang: 'Haar veiligheid thuis staat op het spel.',
        doel: 'De huisarts laten ingrijpen.',
        wat: 'Onze zorgen, niet haar dossier.',
      },
      goedeArgumentenClient: false,
      grond: 'conflict-van-plichten',
      voorwaarden: alleVijf(),
      wat: 'Onze zorgen over haar veiligheid, aan de huisarts.',
      nietVoorafInformeren: {
        reden: 'bescherming-betrokkene',
        onderbouwing: 'Haar partner zou het merken en haar iets aandoen.',
        overlegMetCollegas: 'Besproken in het teamoverleg van dinsdag.',
      },
      toelichting: 'Besproken in het team.',
    },
  }),
);
