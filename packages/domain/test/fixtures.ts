import { type BeroepsgeheimKlasse, CONTENT_VERSIE, type PetId, standaardBeleid } from '@deelwijs/content';
import { expect } from 'vitest';
import type { Ontvanger } from '../src/deelverzoek/deelverzoek.schema';
import type { Dossieraantekening } from '../src/dossieraantekening/dossieraantekening.schema';
import type { Medewerker } from '../src/functiescheiding/functiescheiding';
import { startProces, voerUit } from '../src/proces/proces';
import type { DeelverzoekProces, Opdracht, ProcesContext } from '../src/proces/proces.schema';
import type { Organisatietype, Professional } from '../src/professional/professional.schema';
import type { Client } from '../src/vertegenwoordiging/vertegenwoordiging.schema';

export const DEELVERZOEK_ID = '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11';
export const CLIENT_ID = '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87';

export const casemanager: Medewerker = { gebruikerId: 'casemanager-1', rollen: ['professional'] };
export const collega: Medewerker = { gebruikerId: 'collega-1', rollen: ['deskundige-collega'] };
export const leidinggevende: Medewerker = { gebruikerId: 'leiding-1', rollen: ['leidinggevende'] };

export const ctx = (door: Medewerker, op: string): ProcesContext => ({ door, op, beleid: standaardBeleid });

export const volwassene: Client = {
  id: CLIENT_ID,
  geboortedatum: '1950-04-02',
  wilsonbekwaam: false,
  vertegenwoordigers: [],
};

export const professional = (
  pet: PetId | null,
  beroepsgeheim: BeroepsgeheimKlasse = 'algemeen',
  organisatietype: Organisatietype = 'wijkteam',
): Professional => ({ gebruikerId: casemanager.gebruikerId, pet, beroepsgeheim, organisatietype });

export const DOEL = 'Hulp in samenhang afstemmen met de betrokken hulpverlening';

export const alleVoorwaarden = (voldaan = true) => {
  const v = { voldaan, onderbouwing: 'Uitvoerig besproken en onderbouwd in het team.' };
  return {
    allesGedaanVoorToestemming: v,
    gewetensnood: v,
    geenAndereWeg: v,
    zwijgenGeeftErnstigeSchade: v,
    doorbrekenVoorkomtSchade: v,
  };
};

/** Drives one deelverzoek through commands, keeping the file it writes. */
export class Verloop {
  proces: DeelverzoekProces;
  dossier: Dossieraantekening[];

  constructor(
    client: Client,
    prof: Professional,
    ontvangers: Ontvanger[] = [{ organisatie: 'Thuiszorg Oost', soort: 'betrokken-hulpverleners' }],
    /** The content version the process pins: its rules (`geldtVanaf`). */
    contentVersie: string = CONTENT_VERSIE,
  ) {
    const stap = startProces({
      start: {
        id: DEELVERZOEK_ID,
        aanvraag: { clientId: CLIENT_ID, doel: DOEL, ontvangers },
        door: casemanager,
        op: '2026-11-23T09:00:00.000Z',
        contentVersie,
        beleidVersie: standaardBeleid.versie,
      },
      client,
      professional: prof,
    });
    this.proces = stap.proces;
    this.dossier = [...stap.aantekeningen];
  }

  /** Runs a command; returns the violations when refused, leaving the state as it was. */
  probeer(opdracht: Opdracht, door: Medewerker = casemanager, op = '2026-11-24T10:00:00.000Z') {
    const r = voerUit(this.proces, opdracht, ctx(door, op));
    if (r.ok) {
      this.proces = r.waarde.proces;
      this.dossier.push(...r.waarde.aantekeningen);
      return [];
    }
    return r.overtredingen;
  }

  doe(opdracht: Opdracht, door: Medewerker = casemanager, op?: string) {
    const fouten = this.probeer(opdracht, door, op);
    expect(fouten).toEqual([]);
    return this;
  }

  get status() {
    return this.proces.deelverzoek.status;
  }
}

export const ja1 = {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' },
} as const;

export const afweging2 = (
  grondslag: unknown,
  gegevens: string[] = ['relevante-hulpinformatie'],
  extra: Record<string, unknown> = {},
): Opdracht =>
  ({
    soort: 'afweging-2',
    antwoord: {
      welbepaaldDoel: true,
      uitdrukkelijkOmschreven: true,
      gegevens,
      grondslag,
      toelichting: 'Doel en gegevens met de cliënt doorgenomen.',
      ...extra,
    },
  }) as Opdracht;

export const toestemmingGrond = {
  grondslag: 'toestemming' as const,
  motivering: 'De cliënt kan vrij kiezen en weet waarvoor.',
};

export const ja3 = {
  soort: 'afweging-3',
  antwoord: {
    doelmatig: true,
    proportioneel: true,
    subsidiair: true,
    toelichting: 'Nodig, evenredig, alleen betrokkenen.',
  },
} as const;

export const reikwijdte = (
  gegevens: string[] = ['relevante-hulpinformatie'],
  ontvangers = ['Thuiszorg Oost'],
) => ({
  doel: DOEL,
  gegevens,
  ontvangers,
  wijze: 'schriftelijk',
  intrekkenUitgelegd: true,
});

export const poging = (
  uitkomst: string,
  partij: unknown = { soort: 'client' },
  extra: Record<string, unknown> = {},
): Opdracht =>
  ({
    soort: 'toestemmingspoging',
    poging: {
      op: '2026-11-24T09:30:00.000Z',
      wijze: 'gesprek',
      partij,
      uitkomst,
      woordenClient: 'Dat is goed, als het helpt.',
      ...(uitkomst === 'ja' ? { reikwijdte: reikwijdte() } : {}),
      ...extra,
    },
  }) as Opdracht;

export const verstrekInhoud = (extra: Record<string, unknown> = {}) => ({
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: ['Thuiszorg Oost'],
  wijze: 'overleg',
  achterwegeGelaten: [],
  ...extra,
});
export const verstrek = (extra: Record<string, unknown> = {}): Opdracht =>
  ({ soort: 'verstrekking', verstrekking: verstrekInhoud(extra) }) as Opdracht;

/** Acute danger: shared at once on vitaal belang, the signature follows. */
export const acuut = (
  extra: Record<string, unknown> = {},
  verstrekking: Record<string, unknown> = {},
): Opdracht =>
  ({
    soort: 'acute-verstrekking',
    reden: 'Hij dreigt zich iets aan te doen; geen tijd om te wachten.',
    voorstel: voorstelInhoud({ grond: 'vitaal-belang', gesprek: null, ...extra }),
    verstrekking: verstrekInhoud(verstrekking),
  }) as Opdracht;

export const gesprek = {
  belang: 'Zijn gezondheid gaat snel achteruit en hij woont alleen.',
  doel: 'De thuiszorg laten ingrijpen voordat het misgaat.',
  wat: 'Onze zorgen over zijn veiligheid, niet zijn dossier.',
  reactieClient: 'Ik wil niet dat jullie over mij praten.',
};

/** The proposal's answers: the conversation, no good arguments, conflict van plichten, five yeses. */
export const voorstelInhoud = (extra: Record<string, unknown> = {}) => ({
  gesprek,
  goedeArgumentenClient: false,
  grond: 'conflict-van-plichten',
  voorwaarden: alleVoorwaarden(),
  wat: 'Zorgen over zijn veiligheid delen met de thuiszorg, zodat die kan ingrijpen.',
  toelichting: 'Met de cliënt besproken; hij blijft weigeren.',
  ...extra,
});

export const voorstel = (extra: Record<string, unknown> = {}): Opdracht =>
  ({ soort: 'doorbrekingsvoorstel', voorstel: voorstelInhoud(extra) }) as Opdracht;

export const wijzig = (extra: Record<string, unknown> = {}): Opdracht =>
  ({
    soort: 'voorstel-wijzigen',
    voorstel: voorstelInhoud(extra),
    wijziging: 'Minder gegevens: alleen de zorgen.',
  }) as Opdracht;

export const oppakken: Opdracht = { soort: 'toetsing-oppakken' };
export const toetsing = {
  soort: 'collegiale-toetsing',
  toetsing: { oordeel: 'eens', toelichting: 'Voorwaarden zijn goed onderbouwd.' },
} as const;
/** A deskundige collega takes the review from the team's pool and records advice. */
export const getoetst = (v: Verloop, door: Medewerker = collega) => v.doe(oppakken, door).doe(toetsing, door);
export const akkoord = (besluit = 'akkoord'): Opdracht =>
  ({
    soort: 'akkoord-leidinggevende',
    akkoord: { besluit, toelichting: 'Gezien de risico’s is dit verantwoord.' },
  }) as Opdracht;

export const sw = professional('sociaal-werker');
export const codes = (v: Verloop, o: Opdracht, door = casemanager, op?: string) =>
  v.probeer(o, door, op).map((f) => f.code);
/** Afweging 1–3 done on a route that needs consent: the deelverzoek asks for it. */
export const bijToestemming = () =>
  new Verloop(volwassene, sw).doe(ja1).doe(afweging2(toestemmingGrond)).doe(ja3);
/** The client said no and afweging 4 started. */
export const weigering = (prof = sw) =>
  new Verloop(volwassene, prof)
    .doe(ja1)
    .doe(afweging2(toestemmingGrond))
    .doe(ja3)
    .doe(poging('nee'))
    .doe({ soort: 'start-afweging-4', reden: 'client-weigert', toelichting: 'De cliënt weigert.' });
export const intrekken: Opdracht = { soort: 'intrekken', toelichting: 'Niet meer nodig.' };
/** A doorbreking signed off and shared without telling the client first (4b): they must be told afterwards. */
export const teInformeren = () =>
  weigering()
    .doe(
      voorstel({
        nietVoorafInformeren: {
          reden: 'voorkomen-strafbare-feiten',
          onderbouwing: 'Huisgenoot zou het merken.',
          overlegMetCollegas: 'Besproken in het teamoverleg van dinsdag.',
        },
      }),
    )
    .doe(oppakken, collega)
    .doe(toetsing, collega)
    .doe(akkoord(), leidinggevende)
    .doe(verstrek(), casemanager, '2026-11-25T10:00:00.000Z');

/** Acute danger: afweging 4 started for lack of time and the data shared at once; the signature is due. */
export const acuutGedeeld = () =>
  new Verloop(volwassene, sw)
    .doe(ja1)
    .doe(afweging2(toestemmingGrond, undefined, { omstandigheden: { acuutVitaalBelang: true } }))
    .doe(ja3)
    .doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' })
    .doe(acuut());
