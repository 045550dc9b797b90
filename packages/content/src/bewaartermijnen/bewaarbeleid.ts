import { z } from 'zod';
import { Tekst, WetsArtikel } from '../bronnen/bron.schema';

/** A retention period: whole years or days, counted back from the moment the run looks. */
export const Bewaarduur = z
  .object({
    aantal: z.number().int().positive(),
    eenheid: z.enum(['jaren', 'dagen']),
  })
  .strict();
export type Bewaarduur = z.infer<typeof Bewaarduur>;

/** Every kind of record the retention workflow looks at, in the order reports list them. */
export const BEWAARSOORTEN = [
  'dossieraantekeningen',
  // After the dossier: a client goes only once its chain is empty, so one run can do both.
  'clientgegevens',
  'toegangslog',
  'verwerkingslog',
  'sessies',
  'inlogpogingen',
  'notificaties',
  'idempotentie',
  'rolwijzigingen',
  'uitnodigingen',
] as const;
export const Bewaarsoort = z.enum(BEWAARSOORTEN);
export type Bewaarsoort = z.infer<typeof Bewaarsoort>;

/**
 * The shortest period an organisation may set per kind. For the dossier, the client's data and the
 * two logs and the rolwijzigingen the database refuses anything shorter as well (migrations 0011, 0015, 0016 and 0020), so a policy cannot get
 * below the law by being edited; for the others it keeps a typo from wiping yesterday's data.
 */
export const MINIMALE_BEWAARTERMIJN: Record<Bewaarsoort, Bewaarduur> = {
  dossieraantekeningen: { aantal: 20, eenheid: 'jaren' },
  clientgegevens: { aantal: 20, eenheid: 'jaren' },
  toegangslog: { aantal: 5, eenheid: 'jaren' },
  verwerkingslog: { aantal: 5, eenheid: 'jaren' },
  sessies: { aantal: 1, eenheid: 'dagen' },
  inlogpogingen: { aantal: 1, eenheid: 'dagen' },
  notificaties: { aantal: 30, eenheid: 'dagen' },
  idempotentie: { aantal: 1, eenheid: 'dagen' },
  rolwijzigingen: { aantal: 5, eenheid: 'jaren' },
  uitnodigingen: { aantal: 1, eenheid: 'dagen' },
};

/** One kind's period, from when it counts, and why it is this long. */
export const Bewaartermijn = z
  .object({
    termijn: Bewaarduur,
    /** The moment the period runs from, in plain Dutch (it is also what the workflow compares). */
    vanaf: Tekst,
    /** The law or standard behind the period; empty when it is Deelwijs's own choice. */
    bronnen: z.array(WetsArtikel),
    toelichting: Tekst,
  })
  .strict();
export type Bewaartermijn = z.infer<typeof Bewaartermijn>;

/** A period in words: "20 jaar", "1 dag", "30 dagen". */
export const bewaarduurInWoorden = (d: Bewaarduur) =>
  `${d.aantal} ${d.eenheid === 'jaren' ? 'jaar' : d.aantal === 1 ? 'dag' : 'dagen'}`;

/** Days in a period, for comparing two of them (a year as 365 days: only the floor check uses it). */
export const dagenIn = (d: Bewaarduur) => d.aantal * (d.eenheid === 'jaren' ? 365 : 1);

/**
 * An organisation's retention policy: a period per kind of record, under its own version (a report
 * names the version it ran under). Every kind must be there, none below its minimum.
 */
export const Bewaarbeleid = z
  .object({
    versie: Tekst,
    termijnen: z.object(
      Object.fromEntries(BEWAARSOORTEN.map((s) => [s, Bewaartermijn])) as Record<
        Bewaarsoort,
        typeof Bewaartermijn
      >,
    ),
  })
  .strict()
  .superRefine((b, ctx) => {
    for (const soort of BEWAARSOORTEN) {
      const minimaal = MINIMALE_BEWAARTERMIJN[soort];
      if (dagenIn(b.termijnen[soort].termijn) < dagenIn(minimaal))
        ctx.addIssue({
          code: 'custom',
          path: ['termijnen', soort, 'termijn'],
          message: `De bewaartermijn van ${soort} is minstens ${bewaarduurInWoorden(minimaal)}.`,
        });
    }
  });
export type Bewaarbeleid = z.infer<typeof Bewaarbeleid>;

/** What each kind is called on screen. */
export const BEWAARSOORT_LABEL: Record<Bewaarsoort, string> = {
  dossieraantekeningen: 'Dossieraantekeningen',
  clientgegevens: 'Cliënten met hun vertegenwoordigers, deelverzoeken en toestemmingen',
  toegangslog: 'Toegangslog (wie keek in een dossier)',
  verwerkingslog: 'Verwerkingslog',
  sessies: 'Verlopen sessies',
  inlogpogingen: 'Inlogpogingen',
  notificaties: 'Herinneringen in de app',
  idempotentie: 'Bewaarde antwoorden op herhaalde verzoeken',
  rolwijzigingen: 'Rolwijzigingen (wie gaf of nam welke rol)',
  uitnodigingen: 'Verlopen of gebruikte uitnodigingen',
};
