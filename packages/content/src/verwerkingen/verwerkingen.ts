import { z } from 'zod';
import { Tekst } from '../bronnen/bron.schema';
import { GrondslagId } from '../grondslagen/grondslagen';

/**
 * Deelwijs's own register of processing activities (AVG art. 30), shipped as data. The verwerkingslog
 * names one of these per row by its URI; the URI holds the register version, so a row written today
 * still points at the text it was written under after the register changes. A changed activity gets
 * a new version of the register; a published version is never edited.
 */
export const VERWERKINGSREGISTER_VERSIE = '1';
export const VERWERKINGSREGISTER_BASIS = 'https://deelwijs.nl/register/verwerkingsactiviteiten';

export const VerwerkingsactiviteitSleutel = z.enum([
  'client-registreren',
  'dossier-inzien',
  'deelverzoek-afwegen',
  'toestemming-vragen',
  'toestemming-intrekken',
  'verstrekken',
  'informeren-achteraf',
  'inzageverzoek-beantwoorden',
  'dossiercontrole',
  'bewaartermijn',
]);
export type VerwerkingsactiviteitSleutel = z.infer<typeof VerwerkingsactiviteitSleutel>;

export const Verwerkingsactiviteit = z
  .object({
    /** `<basis>/<registerversie>/<sleutel>`: stable, and what `dpl.core.processing_activity_id` holds. */
    id: z.url({ protocol: /^https$/ }),
    sleutel: VerwerkingsactiviteitSleutel,
    naam: Tekst,
    doel: Tekst,
    /** The lawful bases this activity can rest on; for a verstrekking the deelverzoek names which one. */
    grondslagen: z.array(GrondslagId).min(1),
    /** Where the law asks for it, beyond the grondslag itself. */
    wettelijkKader: z.array(Tekst),
  })
  .strict();
export type Verwerkingsactiviteit = z.infer<typeof Verwerkingsactiviteit>;

export const Verwerkingsregister = z
  .object({ versie: z.string().regex(/^\d+$/), activiteiten: z.array(Verwerkingsactiviteit).min(1) })
  .strict();
export type Verwerkingsregister = z.infer<typeof Verwerkingsregister>;

const uri = (sleutel: VerwerkingsactiviteitSleutel) =>
  `${VERWERKINGSREGISTER_BASIS}/${VERWERKINGSREGISTER_VERSIE}/${sleutel}`;

const activiteit = (
  sleutel: VerwerkingsactiviteitSleutel,
  a: Omit<Verwerkingsactiviteit, 'id' | 'sleutel'>,
): Verwerkingsactiviteit => ({ id: uri(sleutel), sleutel, ...a });

export const verwerkingsregister: Verwerkingsregister = {
  versie: VERWERKINGSREGISTER_VERSIE,
  activiteiten: [
    activiteit('client-registreren', {
      naam: 'Cliënt vastleggen of verbeteren',
      doel: 'Een cliënt met een pseudoniem in Deelwijs opnemen, zodat zijn deelverzoeken bij hem horen, en onjuiste gegevens herstellen.',
      grondslagen: ['publieke-taak'],
      wettelijkKader: ['AVG art. 5 lid 1 onder d (juistheid)'],
    }),
    activiteit('dossier-inzien', {
      naam: 'Dossier inzien',
      doel: 'Een medewerker bekijkt gegevens van een cliënt om zijn eigen taak in de hulpverlening uit te voeren.',
      grondslagen: ['publieke-taak'],
      wettelijkKader: ['NEN 7513 (wie heeft wat ingezien)'],
    }),
    activiteit('deelverzoek-afwegen', {
      naam: 'Deelverzoek afwegen en vastleggen',
      doel: 'Een verzoek om gegevens te delen stap voor stap afwegen langs de handleiding en elke stap vastleggen in het dossier.',
      grondslagen: ['publieke-taak', 'wettelijke-plicht'],
      wettelijkKader: ['AVG art. 5 lid 2 (verantwoordingsplicht)'],
    }),
    activiteit('toestemming-vragen', {
      naam: 'Toestemming vragen en vastleggen',
      doel: 'De cliënt of zijn vertegenwoordiger om toestemming vragen en vastleggen wie ja of nee zei, waarvoor en wanneer.',
      grondslagen: ['publieke-taak'],
      wettelijkKader: ['AVG art. 7 lid 1 (toestemming aantonen)'],
    }),
    activiteit('toestemming-intrekken', {
      naam: 'Intrekking van toestemming vastleggen',
      doel: 'Vastleggen dat de cliënt zijn toestemming heeft ingetrokken, zodat er daarna niet meer op gedeeld wordt.',
      grondslagen: ['wettelijke-plicht'],
      wettelijkKader: ['AVG art. 7 lid 3'],
    }),
    activiteit('verstrekken', {
      naam: 'Gegevens verstrekken',
      doel: 'Gegevens van een cliënt aan een ontvanger geven na een afgeronde afweging; het deelverzoek noemt de grondslag.',
      grondslagen: [
        'toestemming',
        'overeenkomst',
        'wettelijke-plicht',
        'vitaal-belang',
        'publieke-taak',
        'gerechtvaardigd-belang',
      ],
      wettelijkKader: ['AVG art. 6 lid 1'],
    }),
    activiteit('informeren-achteraf', {
      naam: 'Cliënt achteraf informeren',
      doel: 'De cliënt laten weten wat zonder zijn medeweten is gedeeld, met wie en waarom, en vastleggen hoe en wanneer dat gebeurde.',
      grondslagen: ['wettelijke-plicht'],
      wettelijkKader: ['AVG art. 14', 'UAVG art. 41'],
    }),
    activiteit('inzageverzoek-beantwoorden', {
      naam: 'Inzageverzoek beantwoorden',
      doel: 'Een cliënt die vraagt wat er over hem is gedeeld en wie zijn dossier heeft ingezien, een volledig overzicht geven.',
      grondslagen: ['wettelijke-plicht'],
      wettelijkKader: ['AVG art. 15'],
    }),
    activiteit('dossiercontrole', {
      naam: 'Dossiercontrole',
      doel: 'Nagaan dat geen dossieraantekening is veranderd, weggehaald of verschoven, zodat het dossier als bewijs blijft gelden.',
      grondslagen: ['wettelijke-plicht'],
      wettelijkKader: ['AVG art. 5 lid 1 onder f', 'AVG art. 32'],
    }),
    activiteit('bewaartermijn', {
      naam: 'Bewaartermijn bewaken',
      doel: 'Gegevens waarvan de bewaartermijn voorbij is opsporen en, waar zo ingesteld, verwijderen met een grafsteen in het dossier.',
      grondslagen: ['wettelijke-plicht'],
      wettelijkKader: ['AVG art. 5 lid 1 onder e (opslagbeperking)'],
    }),
  ],
};

/** The activity's URI by its key: what code writes into the verwerkingslog. */
export const verwerkingsactiviteitId = (sleutel: VerwerkingsactiviteitSleutel): string => uri(sleutel);
