import { BeroepsgeheimKlasse, PetId } from '@deelwijs/content';
import { Organisatietype } from '@deelwijs/domain';
import { z } from 'zod';
import { Paginering, Persoonsnaam } from './algemeen';
import { Rol } from './rollen';
import { Gebruiker } from './sessies';

const Tijdstip = z.iso.datetime({ offset: true });

/** The password rules, wherever someone sets one (accepting an invitation). */
export const Wachtwoord = z
  .string({ error: 'Kies een wachtwoord.' })
  .min(12, 'Een wachtwoord heeft minstens 12 tekens.')
  .max(200, 'Een wachtwoord heeft hoogstens 200 tekens.');

/** Account and team ids are readable slugs (`eva-smit`, `wijkteam-noord`), not uuids. */
const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'Dit is geen geldig id.')
  .meta({ example: 'wijkteam-noord' });
export const SlugParams = z.object({ id: Slug });
export type SlugParams = z.infer<typeof SlugParams>;

export const AccountStatus = z.enum(['uitgenodigd', 'actief', 'gedeactiveerd']);
export type AccountStatus = z.infer<typeof AccountStatus>;

/**
 * Whether the link reached the invitee's mailbox: `wordt-verstuurd` while the worker is at it,
 * `verstuurd` once the mail server (or the outbox) took it, `niet-verstuurd` when it refused for good
 * or kept failing until the link expired (then the beheerder sends a new one).
 */
export const UitnodigingStatus = z.enum(['verstuurd', 'wordt-verstuurd', 'niet-verstuurd']);
export type UitnodigingStatus = z.infer<typeof UitnodigingStatus>;

/** An invitation as the beheerder sees it: to which address, sent or not, until when. Never the link. */
export const UitnodigingVerzending = z
  .object({
    status: UitnodigingStatus,
    aan: z.email(),
    verstuurdOp: Tijdstip.optional(),
    verlooptOp: Tijdstip,
  })
  .meta({ id: 'UitnodigingVerzending' });
export type UitnodigingVerzending = z.infer<typeof UitnodigingVerzending>;

/** An account as the functioneel beheerder manages it. Never a password or its hash. */
export const Account = Gebruiker.extend({
  status: AccountStatus,
  gedeactiveerdOp: Tijdstip.nullable(),
  /** While invited: until when the latest link works (null once used, or for other accounts). */
  uitnodigingVerlooptOp: Tijdstip.nullable(),
  /** While invited: the latest link's mail (null once used, or for other accounts). */
  uitnodiging: UitnodigingVerzending.nullable(),
}).meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

const TeamId = z.string({ error: 'Kies een team.' }).trim().min(1, 'Kies een team.').max(120);

/** What the beheerder decides of an account: roles, team, pet and beroepsgeheim. */
export const AccountVelden = z.object({
  rollen: z.array(Rol).min(1, 'Kies minstens één rol.'),
  team: TeamId,
  pet: PetId.nullable().default(null),
  organisatietype: Organisatietype.default('wijkteam'),
  beroepsgeheim: BeroepsgeheimKlasse.default('algemeen'),
});
export type AccountVelden = z.infer<typeof AccountVelden>;

/** An invitation: who is invited, with what. The invitee sets the password; the beheerder never knows it. */
export const NieuweGebruiker = AccountVelden.extend({
  email: z.email('Vul een geldig e-mailadres in.'),
  naam: Persoonsnaam('Vul de naam in (minstens 2 tekens).', 'De naam is te lang.'),
});
export type NieuweGebruiker = z.infer<typeof NieuweGebruiker>;

/** The link itself goes only to the invitee's mailbox: the beheerder learns where and whether it went. */
export const Uitgenodigd = z
  .object({ account: Account, uitnodiging: UitnodigingVerzending })
  .meta({ id: 'Uitgenodigd' });
export type Uitgenodigd = z.infer<typeof Uitgenodigd>;

const Token = z
  .string({ error: 'De uitnodigingslink is niet compleet.' })
  .regex(
    /^[A-Za-z0-9_-]{20,200}$/,
    'De uitnodigingslink is niet compleet. Open de link uit uw uitnodiging opnieuw.',
  );

/** The token travels in the body, never in a URL, so it reaches no log or browser history. */
export const UitnodigingBekijken = z.object({ token: Token });
export type UitnodigingBekijken = z.infer<typeof UitnodigingBekijken>;

export const UitnodigingView = z
  .object({ naam: z.string(), email: z.string(), verlooptOp: Tijdstip })
  .meta({ id: 'UitnodigingView' });
export type UitnodigingView = z.infer<typeof UitnodigingView>;

export const UitnodigingAanvaarden = z.object({ token: Token, wachtwoord: Wachtwoord });
export type UitnodigingAanvaarden = z.infer<typeof UitnodigingAanvaarden>;

export const UitnodigingAanvaard = z.object({ email: z.string() }).meta({ id: 'UitnodigingAanvaard' });
export type UitnodigingAanvaard = z.infer<typeof UitnodigingAanvaard>;

export const Team = z
  .object({
    id: z.string(),
    naam: z.string(),
    accounts: z.number().int().meta({ description: 'Accounts in dit team die niet gedeactiveerd zijn' }),
  })
  .meta({ id: 'Team' });
export type Team = z.infer<typeof Team>;

const Teamnaam = z
  .string({ error: 'Vul de naam van het team in.' })
  .trim()
  .min(2, 'Vul de naam van het team in (minstens 2 tekens).')
  .max(100, 'De naam van het team is te lang (hoogstens 100 tekens).')
  .refine((n) => !/\p{Cc}/u.test(n), 'Een teamnaam past op één regel, zonder stuurtekens.');

export const NieuwTeam = z.object({ naam: Teamnaam });
export type NieuwTeam = z.infer<typeof NieuwTeam>;

/** Who granted or revoked which role of whom, and when. */
export const Rolwijziging = z
  .object({
    id: z.string(),
    op: Tijdstip,
    door: z.object({ id: z.string(), naam: z.string() }),
    voor: z.object({ id: z.string(), naam: z.string() }),
    rol: Rol,
    wijziging: z.enum(['toegekend', 'ingetrokken']),
    team: z.string(),
    /** The team's name as it is called now; its id when the team is gone (since API 1.7.0). */
    teamNaam: z.string(),
    leestClientgegevens: z.boolean(),
  })
  .meta({ id: 'Rolwijziging' });
export type Rolwijziging = z.infer<typeof Rolwijziging>;

/** Roles that read client data: granting one is shown to the privacy officer. */
export const rollenDieClientgegevensLezen: readonly Rol[] = [
  'casemanager',
  'deskundige-collega',
  'leidinggevende',
  'privacy-officer',
];

export const RolwijzigingenQuery = Paginering.extend({
  alleenClientgegevens: z
    .enum(['true', 'false'], { error: 'alleenClientgegevens is true of false' })
    .optional()
    .meta({ description: 'true: alleen rollen die cliëntgegevens lezen' }),
});
export type RolwijzigingenQuery = z.infer<typeof RolwijzigingenQuery>;
