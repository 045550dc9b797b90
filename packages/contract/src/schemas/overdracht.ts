import { DeelverzoekStatus, VolgendeActie } from '@deelwijs/domain';
import { z } from 'zod';

const Gebruikersid = z
  .string({ error: 'Kies de casemanager aan wie u het werk overdraagt.' })
  .trim()
  .min(1, 'Kies de casemanager aan wie u het werk overdraagt.')
  .max(200, 'Dit is geen geldig account.');
/** The same bounds as the domain's toelichting, so the API answers before the workflow would. */
const Reden = z
  .string({ error: 'Schrijf op waarom het werk overgaat, bijvoorbeeld afwezigheid.' })
  .trim()
  .min(5, 'Schrijf op waarom het werk overgaat, in minstens 5 tekens.')
  .max(4000, 'De reden is te lang (hoogstens 4000 tekens).')
  .meta({ description: 'Waarom het werk overgaat, bijvoorbeeld afwezigheid' });

/** POST /deelverzoeken/{id}/overdracht: to whom, why, and the state the leidinggevende saw. */
export const DeelverzoekOverdracht = z
  .object({
    volgnummer: z
      .number({
        error: 'Geef het volgnummer mee van de stand die u zag (veld volgnummer van het deelverzoek).',
      })
      .int()
      .min(1),
    naar: Gebruikersid,
    reden: Reden,
  })
  .meta({ id: 'DeelverzoekOverdracht' });
export type DeelverzoekOverdracht = z.infer<typeof DeelverzoekOverdracht>;

/**
 * POST /team/overdrachten: all open deelverzoeken of one casemanager, or the ones chosen
 * (`deelverzoeken`), to a colleague of the same team.
 */
export const TeamOverdracht = z
  .object({
    van: Gebruikersid,
    naar: Gebruikersid,
    reden: Reden,
    /** Only these (each must be open and of `van`); absent: all open deelverzoeken of `van`. */
    deelverzoeken: z.array(z.uuid('Dit is geen geldig id.')).min(1).max(200).optional(),
  })
  .meta({ id: 'TeamOverdracht' });
export type TeamOverdracht = z.infer<typeof TeamOverdracht>;

/** One deelverzoek in the bulk answer: moved, or why not (the rule's words). */
export const OverdrachtRegel = z.object({
  id: z.uuid(),
  client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
  overgedragen: z.boolean(),
  bericht: z.string().nullable(),
});
export type OverdrachtRegel = z.infer<typeof OverdrachtRegel>;

export const OverdrachtUitslag = z
  .object({
    van: z.string(),
    naar: z.string(),
    overgedragen: z.number().int(),
    nietOvergedragen: z.number().int(),
    deelverzoeken: z.array(OverdrachtRegel),
  })
  .meta({ id: 'OverdrachtUitslag' });
export type OverdrachtUitslag = z.infer<typeof OverdrachtUitslag>;

/** An open deelverzoek as the leidinggevende's overview shows it: pseudonym and process only, never the doel. */
export const TeamDeelverzoek = z.object({
  id: z.uuid(),
  client: z.object({ id: z.uuid(), pseudoniem: z.string() }),
  status: DeelverzoekStatus,
  volgnummer: z.number().int().min(1),
  volgendeActie: VolgendeActie.nullable(),
  volgendeActieOp: z.iso.datetime({ offset: true }).nullable(),
  /** The policy set this deadline in werkdagen: what is left is counted in werkdagen too. */
  volgendeActieInWerkdagen: z.boolean(),
});
export type TeamDeelverzoek = z.infer<typeof TeamDeelverzoek>;

/**
 * GET /team/werk: per casemanager of my team their open deelverzoeken (the next due first), and
 * open deelverzoeken whose owner is no casemanager of the team any more (`zonderCasemanager`).
 */
export const TeamWerk = z
  .object({
    casemanagers: z.array(z.object({ id: z.string(), naam: z.string(), open: z.array(TeamDeelverzoek) })),
    zonderCasemanager: z.array(TeamDeelverzoek.extend({ eigenaar: z.string() })),
  })
  .meta({ id: 'TeamWerk' });
export type TeamWerk = z.infer<typeof TeamWerk>;
