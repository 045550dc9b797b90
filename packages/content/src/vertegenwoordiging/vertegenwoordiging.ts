import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, bron, Tekst, WetsArtikel } from '../bronnen/bron.schema';

/**
 * Who consents on the client's behalf. The handbook's page on age is an image, so the facts follow
 * the product brief (WGBO 7:447, 7:450, 7:465; Jeugdwet 7.3.4, 7.3.5, 7.3.15).
 */
export const VertegenwoordigingsregelId = z.enum([
  'jonger-dan-12',
  '12-tot-16',
  '16-en-ouder',
  'wilsonbekwame-minderjarige',
  'wilsonbekwame-volwassene',
]);
export type VertegenwoordigingsregelId = z.infer<typeof VertegenwoordigingsregelId>;

export const Vertegenwoordigingsregel = z
  .object({
    id: VertegenwoordigingsregelId,
    naam: Tekst,
    /** Inclusive lower bound, exclusive upper bound, in years. */
    leeftijdVanaf: z.number().int().min(0),
    leeftijdTot: z.number().int().positive().nullable(),
    wilsbekwaam: z.boolean(),
    wieGeeftToestemming: z.array(Tekst).min(1),
    rolClient: Tekst,
    uitzonderingen: z.array(Tekst),
    wetsartikelen: z.array(WetsArtikel).min(1),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();
export type Vertegenwoordigingsregel = z.infer<typeof Vertegenwoordigingsregel>;

export const VertegenwoordigerId = z.enum([
  'curator',
  'mentor',
  'schriftelijk-gemachtigde',
  'partner',
  'ouder-kind-broer-zus',
]);
export type VertegenwoordigerId = z.infer<typeof VertegenwoordigerId>;

export const Vertegenwoordiger = z
  .object({
    id: VertegenwoordigerId,
    positie: z.number().int().min(1),
    naam: Tekst,
    uitleg: Tekst,
  })
  .strict();
export type Vertegenwoordiger = z.infer<typeof Vertegenwoordiger>;

export const Vertegenwoordiging = z
  .object({
    regels: z.array(Vertegenwoordigingsregel).min(1),
    /** Order for an adult without capacity: the first one present acts. */
    rangorde: z.array(Vertegenwoordiger).min(1),
    rangordeArtikel: WetsArtikel,
    bron: Bron,
  })
  .strict();
export type Vertegenwoordiging = z.infer<typeof Vertegenwoordiging>;

const LEEFTIJD = bron('3', 'Privacy en leeftijd', 4);

export const vertegenwoordiging: Vertegenwoordiging = {
  regels: [
    {
      id: 'jonger-dan-12',
      naam: 'Kind jonger dan 12 jaar',
      leeftijdVanaf: 0,
      leeftijdTot: 12,
      wilsbekwaam: true,
      wieGeeftToestemming: ['de ouders met gezag', 'of de voogd'],
      rolClient:
        'Het kind beslist niet zelf, maar je legt het uit op een manier die past bij zijn leeftijd en begrip.',
      uitzonderingen: [],
      wetsartikelen: [
        { wet: 'BW (WGBO)', artikel: '7:465 lid 1', onderwerp: 'ouders of voogd oefenen de rechten uit' },
        { wet: 'Jeugdwet', artikel: '7.3.4', onderwerp: 'toestemming voor jeugdhulp' },
        { wet: 'Jeugdwet', artikel: '7.3.15', onderwerp: 'vertegenwoordiging van de jeugdige' },
      ],
      begrippen: ['wettelijk-vertegenwoordiger', 'toestemming'],
      bron: LEEFTIJD,
    },
    {
      id: '12-tot-16',
      naam: 'Jongere van 12 tot en met 15 jaar',
      leeftijdVanaf: 12,
      leeftijdTot: 16,
      wilsbekwaam: true,
      wieGeeftToestemming: ['de jongere zelf', 'en de ouders met gezag (of de voogd)'],
      rolClient: 'De jongere beslist mee: je hebt zijn toestemming nodig én die van zijn ouders met gezag.',
      uitzonderingen: [
        'Toestemming van de ouders is niet nodig als de jongere zonder de hulp ernstig nadeel zou lijden.',
        'Toestemming van de ouders is ook niet nodig als de jongere de hulp weloverwogen blijft willen terwijl de ouders weigeren.',
      ],
      wetsartikelen: [
        { wet: 'BW (WGBO)', artikel: '7:450 lid 2', onderwerp: 'toestemming jongere en ouders' },
        { wet: 'Jeugdwet', artikel: '7.3.4', onderwerp: 'toestemming voor jeugdhulp' },
      ],
      begrippen: ['wettelijk-vertegenwoordiger', 'toestemming'],
      bron: LEEFTIJD,
    },
    {
      id: '16-en-ouder',
      naam: 'Cliënt van 16 jaar of ouder',
      leeftijdVanaf: 16,
      leeftijdTot: null,
      wilsbekwaam: true,
      wieGeeftToestemming: ['de cliënt zelf'],
      rolClient: 'De cliënt beslist alleen. Ouders krijgen alleen informatie als hij daarmee instemt.',
      uitzonderingen: [],
      wetsartikelen: [
        { wet: 'BW (WGBO)', artikel: '7:447', onderwerp: 'vanaf 16 jaar zelf bekwaam' },
        { wet: 'Jeugdwet', artikel: '7.3.5', onderwerp: 'vanaf 16 jaar zelf bekwaam voor jeugdhulp' },
      ],
      begrippen: ['toestemming'],
      bron: LEEFTIJD,
    },
    {
      id: 'wilsonbekwame-minderjarige',
      naam: 'Minderjarige van 12 tot 18 jaar die niet zelf kan beslissen',
      leeftijdVanaf: 12,
      leeftijdTot: 18,
      wilsbekwaam: false,
      wieGeeftToestemming: ['de ouders met gezag', 'of de voogd'],
      rolClient: 'Betrek de jongere zoveel als hij kan; zijn vertegenwoordiger beslist.',
      uitzonderingen: [],
      wetsartikelen: [
        { wet: 'BW (WGBO)', artikel: '7:465 lid 2', onderwerp: 'vertegenwoordiging minderjarige' },
        { wet: 'Jeugdwet', artikel: '7.3.15', onderwerp: 'vertegenwoordiging van de jeugdige' },
      ],
      begrippen: ['wettelijk-vertegenwoordiger'],
      bron: LEEFTIJD,
    },
    {
      id: 'wilsonbekwame-volwassene',
      naam: 'Volwassene die niet zelf kan beslissen',
      leeftijdVanaf: 18,
      leeftijdTot: null,
      wilsbekwaam: false,
      wieGeeftToestemming: ['de eerste vertegenwoordiger in de rangorde die er is'],
      rolClient:
        'Betrek de cliënt zoveel als hij kan. De vertegenwoordiger handelt zoals een goed vertegenwoordiger hoort te doen.',
      uitzonderingen: [
        'Verzet de cliënt zich tegen een ingrijpende verrichting, dan is extra voorzichtigheid nodig.',
      ],
      wetsartikelen: [
        { wet: 'BW (WGBO)', artikel: '7:465 lid 3', onderwerp: 'rangorde vertegenwoordigers' },
        { wet: 'BW (WGBO)', artikel: '7:450 lid 3', onderwerp: 'schriftelijke wilsverklaring' },
      ],
      begrippen: ['wettelijk-vertegenwoordiger'],
      bron: LEEFTIJD,
    },
  ],
  rangorde: [
    {
      id: 'curator',
      positie: 1,
      naam: 'Curator',
      uitleg: 'Door de rechter benoemd voor iemand onder curatele.',
    },
    {
      id: 'mentor',
      positie: 2,
      naam: 'Mentor',
      uitleg: 'Door de rechter benoemd voor persoonlijke zaken zoals zorg en begeleiding.',
    },
    {
      id: 'schriftelijk-gemachtigde',
      positie: 3,
      naam: 'Schriftelijk gemachtigde',
      uitleg: 'Iemand die de cliënt vooraf op papier heeft aangewezen om namens hem te beslissen.',
    },
    {
      id: 'partner',
      positie: 4,
      naam: 'Echtgenoot, geregistreerd partner of levensgezel',
      uitleg: 'Alleen als er geen curator, mentor of gemachtigde is, en de partner dit wil doen.',
    },
    {
      id: 'ouder-kind-broer-zus',
      positie: 5,
      naam: 'Ouder, kind, broer of zus',
      uitleg: 'Als er geen partner is die het wil doen.',
    },
  ],
  rangordeArtikel: { wet: 'BW (WGBO)', artikel: '7:465 lid 3' },
  bron: LEEFTIJD,
};

/**
 * Picks the rule for a client's age and capacity. Pure: the caller supplies age in whole years.
 */
export function vertegenwoordigingsregelVoor(
  leeftijd: number,
  wilsbekwaam: boolean,
  regels: readonly Vertegenwoordigingsregel[] = vertegenwoordiging.regels,
): Vertegenwoordigingsregel {
  if (!Number.isInteger(leeftijd) || leeftijd < 0) {
    throw new RangeError(`Leeftijd moet een heel getal van 0 of hoger zijn, niet ${leeftijd}.`);
  }
  // A child under 12 is always represented, whatever its capacity.
  const zoekBekwaam = leeftijd < 12 ? true : wilsbekwaam;
  const regel = regels.find(
    (r) =>
      r.wilsbekwaam === zoekBekwaam &&
      leeftijd >= r.leeftijdVanaf &&
      (r.leeftijdTot === null || leeftijd < r.leeftijdTot),
  );
  if (!regel) {
    throw new RangeError(`Geen vertegenwoordigingsregel voor leeftijd ${leeftijd}.`);
  }
  return regel;
}
