import { type Beleid, standaardBeleid } from '@deelwijs/content';
import type { Client, Medewerker, Opdracht, Partij } from '@deelwijs/domain';
import { type BewaartermijnInput, opdrachtUpdate, overdrachtUpdate } from '@deelwijs/temporal';
import type { WorkflowHandle } from '@temporalio/client';
import { moeder, vader, veertienjarige, voorstelInStappen } from '../support/opdrachten';
import { casemanager } from '../support/temporal';

/**
 * The paths through the workflows that the replay fixtures cover: each is recorded at least once
 * (test/histories/<workflow>/<pad>/), and the replay test fails when one has no fixture. A new path
 * through a workflow is a new entry here and a new recording; an old entry is never changed in a
 * way that would make its recorded fixtures describe something else — give it a new name instead.
 */
export interface Pad {
  naam: string;
  /** What happens on this path, in one line. */
  wat: string;
  beleid?: Beleid;
  client?: Client;
  /** The content version the process pins; without it, today's. A path of older rules names theirs. */
  contentVersie?: string;
  /** The consent clocks (child workflows) this path starts and ends: recorded beside the parent. */
  klokken: number;
  /**
   * The doorbreking clocks this path starts and ends (since patch `doorbrekingsklok`), recorded
   * likewise. Paths recorded before it have fixtures without one; they are recorded again beside them.
   */
  doorbrekingsklokken?: number;
  /**
   * Whether this path runs the informeren-achteraf clock (since patch `informeren-achteraf-klok`).
   * Paths recorded before it have fixtures without one; they are recorded again beside them.
   */
  informerenklok?: boolean;
  loop(d: Doe): Promise<void>;
}

export interface Doe {
  (opdracht: Opdracht, door?: Medewerker): Promise<unknown>;
  handle: WorkflowHandle;
  /** Waits until the consent clock `n` of this deelverzoek has ended. */
  klokKlaar(n: number): Promise<unknown>;
}

export const collega: Medewerker = { gebruikerId: 'collega-opname', rollen: ['deskundige-collega'] };
/** Seeded people of the demo team wijkteam-noord, for paths on which the doorbreking clock notifies. */
const teamCollega: Medewerker = { gebruikerId: 'lotte-mulder', rollen: ['deskundige-collega'] };
const teamLeiding: Medewerker = { gebruikerId: 'ahmed-yilmaz', rollen: ['leidinggevende'] };
export const leidinggevende: Medewerker = { gebruikerId: 'leiding-opname', rollen: ['leidinggevende'] };

export const DOEL = 'Overleg over de schulden van mevrouw met de Wmo-consulent';
const grondslag = { grondslag: 'toestemming', motivering: 'De cliënt kan vrij kiezen en weet waarvoor.' };
const reikwijdte = {
  doel: DOEL,
  gegevens: ['relevante-hulpinformatie'],
  ontvangers: ['Gemeente Zutphen'],
  wijze: 'schriftelijk',
  intrekkenUitgelegd: true,
};
const geleden = (seconden: number) => new Date(Date.now() - seconden * 1000).toISOString();

const ja1: Opdracht = {
  soort: 'afweging-1',
  antwoord: { hoortBijMij: true, toelichting: 'Mijn cliënt, mijn taak.' },
};
const afweging2 = (welbepaaldDoel = true) =>
  ({
    soort: 'afweging-2',
    antwoord: {
      welbepaaldDoel,
      uitdrukkelijkOmschreven: true,
      gegevens: ['relevante-hulpinformatie'],
      grondslag,
      toelichting: 'Doel en gegevens doorgenomen.',
    },
  }) as Opdracht;
const ja3: Opdracht = {
  soort: 'afweging-3',
  antwoord: { doelmatig: true, proportioneel: true, subsidiair: true, toelichting: 'Nodig en evenredig.' },
};
const poging = (uitkomst: 'ja' | 'nee' | 'geen-antwoord', partij: Partij = { soort: 'client' }): Opdracht =>
  ({
    soort: 'toestemmingspoging',
    poging: {
      op: geleden(1),
      wijze: 'gesprek',
      partij,
      uitkomst,
      ...(uitkomst === 'ja' ? { reikwijdte } : {}),
    },
  }) as Opdracht;
const verstrek = (extra: Record<string, unknown> = {}) =>
  ({
    soort: 'verstrekking',
    verstrekking: {
      gegevens: ['relevante-hulpinformatie'],
      ontvangers: ['Gemeente Zutphen'],
      wijze: 'overleg',
      achterwegeGelaten: [],
      ...extra,
    },
  }) as Opdracht;
const voorwaarde = { voldaan: true, onderbouwing: 'Uitvoerig besproken en onderbouwd in het team.' };
/** The one-step proposal of content version 2025.1.0 (`conflictVanPlichten`, no conversation). */
const voorstel = (extra: Record<string, unknown> = {}) =>
  ({
    soort: 'doorbrekingsvoorstel',
    voorstel: {
      goedeArgumentenClient: false,
      conflictVanPlichten: {
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
  }) as unknown as Opdracht;
const weigertEnAfweging4 = async (doe: Doe) => {
  for (const o of [ja1, afweging2(), ja3, poging('nee')]) await doe(o);
  await doe({
    soort: 'start-afweging-4',
    reden: 'client-weigert',
    toelichting: 'Mevrouw weigert; de zorgen blijven groot.',
  });
  await doe.klokKlaar(1);
};
const toetsingEnAkkoord = async (doe: Doe) => {
  await doe(
    {
      soort: 'collegiale-toetsing',
      toetsing: { oordeel: 'eens', toelichting: 'De voorwaarden zijn goed onderbouwd.' },
    },
    collega,
  );
  await doe(
    { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'akkoord', toelichting: 'Verantwoord.' } },
    leidinggevende,
  );
};

/** From 2025.2.0: a collega takes the review from the team's pool, reviews, then the signature. */
const poolToetsingEnAkkoord = async (doe: Doe) => {
  await doe({ soort: 'toetsing-oppakken' }, collega);
  await toetsingEnAkkoord(doe);
};

/** Consent clocks of weeks, in seconds: a recording takes a minute, not a month. */
export const snelBeleid: Beleid = {
  ...standaardBeleid,
  versie: 'opname-snel',
  toestemming: {
    herinneringZonderPoging: { aantal: 2, eenheid: 'seconden' },
    maxPogingen: 2,
    beslismomentZonderAntwoord: { aantal: 6, eenheid: 'seconden' },
  },
};

/** The doorbreking's working days in seconds: a reminder, an escalation and a late signature in a minute. */
export const snelDoorbrekingBeleid: Beleid = {
  ...standaardBeleid,
  versie: 'opname-doorbreking-snel',
  collegialeToetsing: {
    herinnering: { aantal: 2, eenheid: 'seconden' },
    escalatie: { aantal: 4, eenheid: 'seconden' },
  },
  akkoordLeidinggevende: {
    termijn: { aantal: 2, eenheid: 'seconden' },
    termijnSpoed: { aantal: 2, eenheid: 'seconden' },
  },
  vitaalBelang: { akkoordAchteraf: { aantal: 2, eenheid: 'seconden' } },
};
const wacht = (seconden: number) => new Promise((r) => setTimeout(r, seconden * 1000));

/** A month of informeren achteraf in seconds: reminders at 2 and 3, the deadline at 4. */
export const snelInformerenBeleid: Beleid = {
  ...standaardBeleid,
  versie: 'opname-informeren-snel',
  informerenAchteraf: {
    termijn: { aantal: 4, eenheid: 'seconden' },
    herinneringen: [
      { aantal: 2, eenheid: 'seconden' },
      { aantal: 3, eenheid: 'seconden' },
    ],
  },
  uitstel: { maximaal: { aantal: 60, eenheid: 'seconden' } },
};

/** Acute vitaal belang: shared first, then signed at once; the client did not know beforehand. */
const acuutGedeeldEnGetekend = async (doe: Doe) => {
  await doe(ja1);
  await doe({
    soort: 'afweging-2',
    antwoord: {
      welbepaaldDoel: true,
      uitdrukkelijkOmschreven: true,
      gegevens: ['relevante-hulpinformatie'],
      grondslag,
      toelichting: 'Doel en gegevens doorgenomen.',
      omstandigheden: { acuutVitaalBelang: true },
    },
  } as Opdracht);
  await doe(ja3);
  await doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' });
  await doe({
    soort: 'acute-verstrekking',
    reden: 'Zij dreigt zich iets aan te doen; geen tijd om te wachten.',
    voorstel: (voorstelInStappen({ grond: 'vitaal-belang', gesprek: null }) as { voorstel: object }).voorstel,
    verstrekking: {
      gegevens: ['relevante-hulpinformatie'],
      ontvangers: ['Gemeente Zutphen'],
      wijze: 'overleg',
      achterwegeGelaten: [],
    },
  } as Opdracht);
  await doe(
    {
      soort: 'akkoord-leidinggevende',
      akkoord: { besluit: 'akkoord', toelichting: 'Achteraf verantwoord.' },
    },
    teamLeiding,
  );
};

export const paden: Pad[] = [
  {
    naam: 'afweging-1-doorverwezen',
    wat: 'De vraag hoort niet bij de professional: doorverwezen.',
    klokken: 0,
    loop: async (doe) => {
      await doe({
        soort: 'afweging-1',
        antwoord: { hoortBijMij: false, toelichting: 'Hoort bij de GGD.', doorverwezenNaar: 'GGD' },
      });
    },
  },
  {
    naam: 'afweging-2-niet-gedeeld',
    wat: 'Geen welbepaald doel: niet delen.',
    klokken: 0,
    loop: async (doe) => {
      await doe(ja1);
      await doe(afweging2(false));
    },
  },
  {
    naam: 'toestemming-gegeven-gedeeld',
    wat: 'Eerst geen antwoord, dan toestemming; gedeeld met toestemming; de klok stopt.',
    klokken: 1,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3, poging('geen-antwoord'), poging('ja')]) await doe(o);
      await doe.klokKlaar(1);
      await doe(verstrek());
    },
  },
  {
    naam: 'toestemming-geweigerd-afweging-4a-gedeeld',
    wat: 'Toestemming geweigerd; afweging 4a met toetsing en akkoord; cliënt vooraf verteld; gedeeld zonder toestemming.',
    contentVersie: '2025.1.0',
    klokken: 1,
    doorbrekingsklokken: 1,
    loop: async (doe) => {
      await weigertEnAfweging4(doe);
      await doe(voorstel());
      await toetsingEnAkkoord(doe);
      await doe(verstrek({ voorafGeinformeerd: { op: geleden(1), wijze: 'mondeling' } }));
    },
  },
  {
    naam: 'afweging-4b-uitstel-informeren-achteraf',
    wat: 'Niet vooraf informeren (4b); na de verstrekking uitstel, dan achteraf geïnformeerd.',
    contentVersie: '2025.1.0',
    klokken: 1,
    doorbrekingsklokken: 1,
    informerenklok: true,
    loop: async (doe) => {
      await weigertEnAfweging4(doe);
      await doe(
        voorstel({
          nietVoorafInformeren: {
            reden: 'bescherming-betrokkene',
            onderbouwing: 'Vooraf vertellen brengt mevrouw in gevaar.',
          },
        }),
      );
      await toetsingEnAkkoord(doe);
      await doe(verstrek());
      await doe(
        {
          soort: 'uitstel',
          reden: 'bescherming-betrokkene',
          onderbouwing: 'Eerst de veiligheid regelen.',
          tot: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
          aangevraagdDoor: casemanager,
        },
        leidinggevende,
      );
      await doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    },
  },
  {
    naam: 'afweging-4a-gesprek-pool-gedeeld',
    wat: 'Vanaf 2025.2.0: geweigerd; voorstel met gesprek en grond; toetsing uit de pool, akkoord; vooraf verteld; gedeeld.',
    klokken: 1,
    doorbrekingsklokken: 1,
    loop: async (doe) => {
      await weigertEnAfweging4(doe);
      await doe(voorstelInStappen());
      await poolToetsingEnAkkoord(doe);
      await doe(verstrek({ voorafGeinformeerd: { op: geleden(1), wijze: 'mondeling' } }));
    },
  },
  {
    naam: 'afweging-4b-uitstel-in-twee-stappen',
    wat: 'Vanaf 2025.2.0: niet vooraf informeren (4b) na overleg; uitstel gevraagd, de leidinggevende keurt goed; achteraf geïnformeerd.',
    klokken: 1,
    doorbrekingsklokken: 1,
    informerenklok: true,
    loop: async (doe) => {
      await weigertEnAfweging4(doe);
      await doe(
        voorstelInStappen({
          nietVoorafInformeren: {
            reden: 'bescherming-betrokkene',
            onderbouwing: 'Vooraf vertellen brengt mevrouw in gevaar.',
            overlegMetCollegas: 'Besproken met twee collega’s van het wijkteam; zij zien het gevaar ook.',
          },
        }),
      );
      await poolToetsingEnAkkoord(doe);
      await doe(verstrek());
      await doe({
        soort: 'uitstel',
        reden: 'bescherming-betrokkene',
        onderbouwing: 'Eerst de veiligheid regelen.',
        tot: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      });
      await doe(
        {
          soort: 'uitstel-besluit',
          besluit: { besluit: 'akkoord', toelichting: 'Eerst de veiligheid, akkoord.' },
        },
        leidinggevende,
      );
      await doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    },
  },
  {
    naam: 'toestemming-ingetrokken-opnieuw-gevraagd',
    wat: 'Toestemming gegeven en weer ingetrokken: terug naar toestemming met een tweede klok; daarna ingetrokken.',
    klokken: 2,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3, poging('ja')]) await doe(o);
      await doe.klokKlaar(1);
      await doe({
        soort: 'toestemming-intrekken',
        partij: { soort: 'client' },
        toelichting: 'Mevrouw trekt haar toestemming in.',
      });
      await doe({
        soort: 'intrekken',
        toelichting: 'Mevrouw wil niet meer dat dit gedeeld wordt.',
      } as Opdracht);
      await doe.klokKlaar(2);
    },
  },
  {
    naam: 'toestemming-herinnering-max-pogingen',
    wat: 'De klok herinnert zonder poging, vraagt na het maximum aantal pogingen om een besluit; dan afweging 4 en ingetrokken.',
    beleid: snelBeleid,
    klokken: 1,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3]) await doe(o);
      // Past the reminder without an attempt (2 s), then the maximum of 2 unanswered attempts.
      await new Promise((r) => setTimeout(r, 3000));
      await doe(poging('geen-antwoord'));
      await doe(poging('geen-antwoord'));
      await doe.klokKlaar(1);
      await doe({
        soort: 'start-afweging-4',
        reden: 'geen-antwoord',
        toelichting: 'Mevrouw is niet te bereiken.',
      } as Opdracht);
      await doe({ soort: 'intrekken', toelichting: 'Het is niet meer nodig.' } as Opdracht);
    },
  },
  {
    naam: 'toestemming-termijn-verstreken',
    wat: 'Na één poging zonder antwoord verstrijkt de termijn; de klok vraagt om een besluit; dan ingetrokken.',
    beleid: { ...snelBeleid, toestemming: { ...snelBeleid.toestemming, maxPogingen: 5 } },
    klokken: 1,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3, poging('geen-antwoord')]) await doe(o);
      await doe.klokKlaar(1);
      await doe({ soort: 'intrekken', toelichting: 'Het is niet meer nodig.' } as Opdracht);
    },
  },
  {
    naam: 'doorbreking-toetsing-herinnerd-toegewezen-geescaleerd-akkoord-te-laat',
    wat: 'De pool krijgt een herinnering; de aanvrager wijst een collega toe (de klok begint opnieuw), die wordt herinnerd; escalatie; toetsing; de handtekening komt te laat; gedeeld.',
    beleid: snelDoorbrekingBeleid,
    klokken: 1,
    doorbrekingsklokken: 1,
    loop: async (doe) => {
      await weigertEnAfweging4(doe);
      await doe(voorstelInStappen());
      await wacht(2.5);
      await doe({
        soort: 'toetser-toewijzen',
        toetser: { soort: 'collega', gebruikerId: teamCollega.gebruikerId },
      });
      await wacht(4.5);
      await doe(
        { soort: 'collegiale-toetsing', toetsing: { oordeel: 'eens', toelichting: 'Goed onderbouwd.' } },
        teamCollega,
      );
      await wacht(2.5);
      await doe(
        { soort: 'akkoord-leidinggevende', akkoord: { besluit: 'akkoord', toelichting: 'Verantwoord.' } },
        teamLeiding,
      );
      await doe(verstrek({ voorafGeinformeerd: { op: geleden(1), wijze: 'mondeling' } }));
    },
  },
  {
    naam: 'toestemming-veertienjarige-alle-partijen',
    wat: 'Een 14-jarige en beide ouders met gezag stemmen één voor één toe (sinds patch toestemming-alle-partijen hoort de klok pas daarna dat iedereen antwoordde); gedeeld.',
    beleid: snelBeleid,
    client: veertienjarige(),
    klokken: 1,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3, poging('ja'), poging('ja', moeder), poging('ja', vader)])
        await doe(o);
      await doe.klokKlaar(1);
      await doe(verstrek());
    },
  },
  {
    naam: 'doorbreking-acuut-akkoord-achteraf-te-laat',
    wat: 'Acuut vitaal belang: eerst gedeeld; de handtekening blijft uit, leidinggevende en privacy officer horen het; dan alsnog getekend en de cliënt achteraf geïnformeerd.',
    beleid: snelDoorbrekingBeleid,
    klokken: 1,
    doorbrekingsklokken: 1,
    informerenklok: true,
    loop: async (doe) => {
      await doe(ja1);
      await doe({
        soort: 'afweging-2',
        antwoord: {
          welbepaaldDoel: true,
          uitdrukkelijkOmschreven: true,
          gegevens: ['relevante-hulpinformatie'],
          grondslag,
          toelichting: 'Doel en gegevens doorgenomen.',
          omstandigheden: { acuutVitaalBelang: true },
        },
      } as Opdracht);
      await doe(ja3);
      await doe({ soort: 'start-afweging-4', reden: 'geen-tijd', toelichting: 'Levensgevaar, geen tijd.' });
      await doe({
        soort: 'acute-verstrekking',
        reden: 'Zij dreigt zich iets aan te doen; geen tijd om te wachten.',
        voorstel: (voorstelInStappen({ grond: 'vitaal-belang', gesprek: null }) as { voorstel: object })
          .voorstel,
        verstrekking: {
          gegevens: ['relevante-hulpinformatie'],
          ontvangers: ['Gemeente Zutphen'],
          wijze: 'overleg',
          achterwegeGelaten: [],
        },
      } as Opdracht);
      await wacht(3);
      await doe(
        {
          soort: 'akkoord-leidinggevende',
          akkoord: { besluit: 'akkoord', toelichting: 'Achteraf verantwoord.' },
        },
        teamLeiding,
      );
      // The client did not know: the deelverzoek stays open until they are told.
      await doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    },
  },
  {
    naam: 'informeren-achteraf-herinnerd-uitstel-te-laat',
    wat: 'Sinds patch informeren-achteraf-klok: na acuut delen herinnert de klok de casemanager; uitstel goedgekeurd verschuift de termijn; als het afloopt herbeoordeling en te laat aan de leidinggevende; dan geïnformeerd.',
    beleid: snelInformerenBeleid,
    klokken: 1,
    doorbrekingsklokken: 1,
    informerenklok: true,
    loop: async (doe) => {
      await acuutGedeeldEnGetekend(doe);
      await wacht(2.5); // the first reminder
      await doe({
        soort: 'uitstel',
        reden: 'bescherming-betrokkene',
        onderbouwing: 'Eerst de veiligheid regelen.',
        tot: new Date(Date.now() + 4000).toISOString(),
      });
      await doe(
        {
          soort: 'uitstel-besluit',
          besluit: { besluit: 'akkoord', toelichting: 'Eerst de veiligheid, akkoord.' },
        },
        teamLeiding,
      );
      await wacht(5); // past the end of the uitstel: re-assessment and late
      await doe({ soort: 'informeren-achteraf', informeren: { wijze: 'gesprek' } });
    },
  },
  {
    naam: 'toestemming-overgedragen-herinnerd',
    wat: 'Sinds patch eigenaar-overdracht: terwijl toestemming gevraagd wordt draagt de leidinggevende het deelverzoek over; de nieuwe casemanager krijgt een melding en de herinnering van de klok; dan ingetrokken.',
    beleid: snelBeleid,
    klokken: 1,
    loop: async (doe) => {
      for (const o of [ja1, afweging2(), ja3]) await doe(o);
      await doe.handle.executeUpdate(overdrachtUpdate, {
        args: [
          {
            overdracht: {
              naar: { gebruikerId: 'fatima-bouzid', rollen: ['professional'], team: 'wijkteam-noord' },
              reden: 'De casemanager is een tijd afwezig.',
              team: 'wijkteam-noord',
              doorTeam: 'wijkteam-noord',
            },
            door: teamLeiding,
          },
        ],
      });
      await wacht(3); // past the reminder without an attempt (2 s): it goes to the new owner
      await doe({ soort: 'intrekken', toelichting: 'Het is niet meer nodig.' } as Opdracht, {
        gebruikerId: 'fatima-bouzid',
        rollen: ['professional'],
      });
      await doe.klokKlaar(1);
    },
  },
];

/**
 * The paths through the retention workflow (test/histories/bewaartermijnWorkflow/<pad>/): a run that
 * only reports, and one that also removes (an old access-log row is there to remove).
 */
export const bewaartermijnPaden: Array<{ naam: string; wat: string; input: BewaartermijnInput }> = [
  {
    naam: 'bewaartermijn-rapporteren',
    wat: 'Meten per soort gegevens en het rapport vastleggen; niets verwijderen.',
    input: { v: 1, verwijderen: false },
  },
  {
    naam: 'bewaartermijn-verwijderen',
    wat: 'Meten, verwijderen wat over de termijn is (via de functies van de eigenaar) en het rapport vastleggen.',
    input: { v: 1, verwijderen: true },
  },
];

/** Runs one command on the handle as the given person (by default the casemanager). */
export const doeMet = (handle: WorkflowHandle, klokKlaar: (n: number) => Promise<unknown>): Doe =>
  Object.assign(
    (opdracht: Opdracht, door: Medewerker = casemanager) =>
      handle.executeUpdate(opdrachtUpdate, { args: [{ opdracht, door }] }),
    { handle, klokKlaar },
  );
