import { randomUUID } from 'node:crypto';
import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import { type Db, deelverzoekQueries } from '@deelwijs/db';
import { type Medewerker, type Opdracht, startProces, voerUit, volgendeActie } from '@deelwijs/domain';

// The commands of a doorbreking (afweging 4a, content 2025.2.0), as the dashboard sends them. The
// API tests give them over HTTP; for clocks that take days, `legVast` runs the same commands
// through the domain at moments in the past and writes each step as the worker does.

export const ONTVANGER = 'Huisartsenpraktijk De Linde';
export const DOEL = 'Zorgen over de veiligheid thuis afstemmen met de huisarts';
/** Only the weighing has this sentence: a limited view must never contain it. */
export const AFWEGING_TEKST = 'Zorgen over haar veiligheid delen met de huisarts, zodat die kan ingrijpen.';

const voorwaarde = { voldaan: true, onderbouwing: 'Uitvoerig besproken en onderbouwd in het team.' };
const voorstelInhoud = (extra: Record<string, unknown> = {}) => ({
  gesprek: {
    belang: 'Haar gezondheid gaat snel achteruit en zij woont alleen.',
    doel: 'De huisarts laten ingrijpen voordat het misgaat.',
    wat: 'Onze zorgen over haar veiligheid, niet haar dossier.',
    reactieClient: 'Ik wil niet dat jullie over mij praten.',
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
  wat: AFWEGING_TEKST,
  toelichting: 'Met de cliënt besproken; zij blijft weigeren.',
  ...extra,
});
const verstrekking = {
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: [ONTVANGER],
  wijze: 'overleg',
  achterwegeGelaten: [],
};

/** Afweging 1–3, consent refused, afweging 4 started; `acuut`: immediate danger, no time to wait. */
export const totAfweging4 = (acuut = false, pogingOp = new Date(Date.now() - 3600_000)): Opdracht[] =>
  [
    { soort: 'afweging-1', antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' } },
    {
      soort: 'afweging-2',
      antwoord: {
        welbepaaldDoel: true,
        uitdrukkelijkOmschreven: true,
        gegevens: ['relevante-hulpinformatie'],
        grondslag: { grondslag: 'toestemming', motivering: 'De cliënt kan vrij kiezen en weet waarvoor.' },
        toelichting: 'Doel en gegevens met de cliënt doorgenomen.',
        ...(acuut ? { omstandigheden: { acuutVitaalBelang: true } } : {}),
      },
    },
    {
      soort: 'afweging-3',
      antwoord: {
        doelmatig: true,
        proportioneel: true,
        subsidiair: true,
        toelichting: 'Nodig, evenredig, alleen betrokkenen.',
      },
    },
    ...(acuut
      ? []
      : [
          {
            soort: 'toestemmingspoging',
            poging: {
              op: pogingOp.toISOString(),
              wijze: 'gesprek',
              partij: { soort: 'client' },
              uitkomst: 'nee',
            },
          },
        ]),
    acuut
      ? {
          soort: 'start-afweging-4',
          reden: 'geen-tijd',
          toelichting: 'Levensgevaar, geen tijd om te wachten.',
        }
      : {
          soort: 'start-afweging-4',
          reden: 'client-weigert',
          toelichting: 'De cliënt weigert; de zorgen blijven.',
        },
  ] as Opdracht[];

export const voorstel = { soort: 'doorbrekingsvoorstel', voorstel: voorstelInhoud() } as Opdracht;
/** Afweging 4b: the client is not told first, for a reason the handbook allows. */
export const voorstel4b = {
  soort: 'doorbrekingsvoorstel',
  voorstel: voorstelInhoud({
    nietVoorafInformeren: {
      reden: 'bescherming-betrokkene',
      onderbouwing: 'Een huisgenoot zou het merken en haar iets aandoen.',
      overlegMetCollegas: 'Besproken in het teamoverleg van dinsdag.',
    },
  }),
} as Opdracht;
export const oppakken: Opdracht = { soort: 'toetsing-oppakken' };
export const toewijzen = (gebruikerId: string): Opdracht => ({
  soort: 'toetser-toewijzen',
  toetser: { soort: 'collega', gebruikerId },
});
export const toetsing: Opdracht = {
  soort: 'collegiale-toetsing',
  toetsing: { oordeel: 'eens', toelichting: 'De voorwaarden zijn goed onderbouwd.' },
};
export const akkoord = (besluit: 'akkoord' | 'afgewezen'): Opdracht => ({
  soort: 'akkoord-leidinggevende',
  akkoord: { besluit, toelichting: 'Afgewogen tegen de risico’s voor de cliënt.' },
});
export const verstrek = { soort: 'verstrekking', verstrekking } as Opdracht;

/** Afwegingen 1–3, then the client's consent two days ago: a consent on file, ready to share on. */
export const totToestemming = (): Array<[Opdracht]> => [
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
          doel: DOEL,
          gegevens: ['relevante-hulpinformatie'],
          ontvangers: [ONTVANGER],
          wijze: 'mondeling',
          intrekkenUitgelegd: true,
        },
      },
    } as Opdracht,
  ],
];
export const acuteVerstrekking = {
  soort: 'acute-verstrekking',
  reden: 'Zij dreigt zich iets aan te doen; geen tijd om te wachten.',
  voorstel: voorstelInhoud({ grond: 'vitaal-belang', gesprek: null }),
  verstrekking,
} as Opdracht;

const casemanager: Medewerker = { gebruikerId: 'eva-smit', rollen: ['professional'] };
export const collega: Medewerker = { gebruikerId: 'lotte-mulder', rollen: ['deskundige-collega'] };
export const leiding: Medewerker = { gebruikerId: 'ahmed-yilmaz', rollen: ['leidinggevende'] };

/**
 * A deelverzoek whose steps happened `dagenGeleden` days ago, one minute apart, written step by step
 * with the process snapshot and next action as the worker writes them. Returns its id.
 */
export async function legVast(
  db: Db,
  client: { id: string; geboortedatum: string },
  stappen: Array<[Opdracht, Medewerker?]>,
  dagenGeleden: number,
): Promise<string> {
  const id = randomUUID();
  let t = Date.now() - dagenGeleden * 24 * 3600_000;
  const op = () => {
    t += 60_000;
    return new Date(t).toISOString();
  };
  const q = deelverzoekQueries(db);
  const start = startProces({
    start: {
      id,
      aanvraag: {
        clientId: client.id,
        doel: DOEL,
        ontvangers: [{ organisatie: ONTVANGER, rol: 'huisarts' }],
      },
      door: { gebruikerId: casemanager.gebruikerId },
      op: op(),
      contentVersie: CONTENT_VERSIE,
      beleidVersie: standaardBeleid.versie,
    },
    client: { ...client, wilsonbekwaam: false, vertegenwoordigers: [] },
    professional: {
      gebruikerId: casemanager.gebruikerId,
      pet: 'sociaal-werker',
      organisatietype: 'wijkteam',
      beroepsgeheim: 'algemeen',
    },
  });
  let proces = start.proces;
  let stap = { ...start, op: start.deelverzoek.aangemaaktOp };
  for (let i = 0; ; i++) {
    await q.legStapVast({
      deelverzoek: stap.deelverzoek,
      aantekeningen: stap.aantekeningen,
      volgnummer: stap.proces.volgnummer,
      op: stap.op,
      volgende: volgendeActie(stap.proces, standaardBeleid),
      proces: stap.proces,
    });
    const volgende = stappen[i];
    if (!volgende) return id;
    const [opdracht, door = casemanager] = volgende;
    const moment = op();
    const r = voerUit(proces, opdracht, { door, op: moment, beleid: standaardBeleid });
    if (!r.ok) throw new Error(`${opdracht.soort} geweigerd: ${JSON.stringify(r.overtredingen)}`);
    proces = r.waarde.proces;
    stap = { ...r.waarde, op: moment };
  }
}
