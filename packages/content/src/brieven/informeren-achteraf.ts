import { z } from 'zod';
import { Tekst, WetsArtikel } from '../bronnen/bron.schema';
import { GerechtvaardigdeRedenId } from '../grondslagen/gerechtvaardigde-redenen';

/**
 * The letter that tells a client afterwards that data about them was shared (AVG art. 14 lid 3).
 * A client reads it, so it is written at taalniveau B1: short sentences, "u", no legal jargon in the
 * sentences themselves; the articles stand apart for whoever wants to look them up. The domain fills
 * in the facts of one verstrekking (see `briefInformerenAchteraf`); every sentence comes from here.
 */

/** Why data could move without the client's consent, in words a client understands. */
export const BriefRouteId = z.enum([
  'conflict-van-plichten',
  'vitaal-belang',
  'acuut-vitaal-belang',
  'meldrecht',
  'wet',
]);
export type BriefRouteId = z.infer<typeof BriefRouteId>;

export const BriefRecht = z.object({ titel: Tekst, tekst: Tekst, wetsartikel: WetsArtikel }).strict();
export type BriefRecht = z.infer<typeof BriefRecht>;

export const BriefInformerenAchteraf = z
  .object({
    titel: Tekst,
    aanhef: Tekst,
    inleiding: Tekst,
    /** The purpose as the professional recorded it, in one sentence. */
    doel: Tekst,
    kopjes: z
      .object({ wat: Tekst, metWie: Tekst, wanneer: Tekst, waarom: Tekst, grondslag: Tekst, rechten: Tekst })
      .strict(),
    route: z.record(BriefRouteId, Tekst),
    /** Why the client was not told beforehand; only for a choice under afweging 4b. */
    nietVooraf: z.object({ inleiding: Tekst, redenen: z.record(GerechtvaardigdeRedenId, Tekst) }).strict(),
    rechten: z.array(BriefRecht).min(3),
    vragen: Tekst,
    groet: Tekst,
  })
  .strict();
export type BriefInformerenAchteraf = z.infer<typeof BriefInformerenAchteraf>;

export const briefInformerenAchterafTekst: BriefInformerenAchteraf = {
  titel: 'Wij hebben gegevens over u gedeeld',
  aanhef: 'Beste {naam},',
  inleiding:
    'Met deze brief laten wij u weten dat wij gegevens over u aan een ander hebben gegeven. U hoorde dat niet van tevoren van ons. Daarom leggen wij het nu uit.',
  doel: 'Wij deden dit met dit doel: {doel}.',
  kopjes: {
    wat: 'Welke gegevens',
    metWie: 'Aan wie',
    wanneer: 'Wanneer',
    waarom: 'Waarom',
    grondslag: 'Wat de wet hierover zegt',
    rechten: 'Wat u nu kunt doen',
  },
  route: {
    'conflict-van-plichten':
      'Wij vonden dat zwijgen tot ernstige schade kon leiden. Er was geen andere manier om dat te voorkomen. Een collega heeft dit besluit bekeken. Een leidinggevende heeft het goedgekeurd.',
    'vitaal-belang':
      'Het ging om de veiligheid of gezondheid van u of van iemand anders. Er was geen andere manier om die te beschermen. Een collega heeft dit besluit bekeken. Een leidinggevende heeft het goedgekeurd.',
    'acuut-vitaal-belang':
      'Er was direct gevaar voor het leven of de gezondheid van u of van iemand anders. Daarom moesten wij meteen handelen. Een leidinggevende heeft het besluit daarna gecontroleerd.',
    meldrecht:
      'Wij maakten ons zorgen over huiselijk geweld of kindermishandeling. De wet geeft ons dan het recht om dit te melden bij Veilig Thuis. Wij hebben dit eerst met een deskundige collega besproken.',
    wet: 'Een wet verplicht ons of geeft ons het recht om deze gegevens te geven. Uw toestemming was daarom niet nodig.',
  },
  nietVooraf: {
    inleiding: 'Wij vertelden u dit niet van tevoren. Dat deden wij met een goede reden:',
    redenen: {
      'voorkomen-strafbare-feiten':
        'als u het eerder wist, kon dat een strafbaar feit makkelijker maken of moeilijker te stoppen.',
      'bescherming-betrokkene': 'als u het eerder wist, kon dat u zelf in gevaar brengen.',
      'rechten-en-vrijheden-anderen': 'als u het eerder wist, kon dat een ander in gevaar brengen.',
    },
  },
  rechten: [
    {
      titel: 'Uw gegevens inzien',
      tekst:
        'U mag altijd vragen welke gegevens wij over u hebben. U mag ook vragen aan wie wij ze gaven. U krijgt dan een overzicht.',
      wetsartikel: { wet: 'AVG', artikel: '15', onderwerp: 'recht op inzage' },
    },
    {
      titel: 'Iets laten verbeteren',
      tekst: 'Klopt er iets niet in uw gegevens? Dan mag u vragen om het te verbeteren.',
      wetsartikel: { wet: 'AVG', artikel: '16', onderwerp: 'recht op rectificatie' },
    },
    {
      titel: 'Bezwaar maken',
      tekst:
        'Bent u het niet eens met wat wij deden? Dan kunt u bezwaar maken bij ons. Wij kijken dan opnieuw naar het besluit.',
      wetsartikel: { wet: 'AVG', artikel: '21', onderwerp: 'recht van bezwaar' },
    },
    {
      titel: 'Een klacht indienen',
      tekst:
        'Komt u er met ons niet uit? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens. Dat is de toezichthouder op privacy.',
      wetsartikel: { wet: 'AVG', artikel: '77', onderwerp: 'klacht bij de toezichthouder' },
    },
  ],
  vragen: 'Heeft u vragen over deze brief? Neem dan contact op met {afzender}. U kunt ook langskomen.',
  groet: 'Met vriendelijke groet,',
};
