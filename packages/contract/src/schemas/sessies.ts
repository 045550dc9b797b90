import type { Gebruikersrol, Medewerker } from '@deelwijs/domain';
import { z } from 'zod';
import { Rol } from './rollen';

export const Inloggen = z.object({
  email: z.email('Vul een geldig e-mailadres in.'),
  wachtwoord: z.string().min(1, 'Vul uw wachtwoord in.').max(200, 'Dit wachtwoord is te lang.'),
});
export type Inloggen = z.infer<typeof Inloggen>;

/** The logged-in person, as the API passes it on; ids only go further (workflows, the file). */
export const Gebruiker = z
  .object({
    id: z.string(),
    naam: z.string(),
    email: z.string(),
    rollen: z.array(Rol),
    team: z.string(),
    // Stored as text: an account keeps its values when a later content version drops one.
    pet: z.string().nullable().meta({ description: 'Pet (Bijlage 1) waaronder de professional werkt' }),
    organisatietype: z.string(),
    beroepsgeheim: z.string().meta({ description: 'Klasse van het beroepsgeheim' }),
  })
  .meta({ id: 'Gebruiker' });
export type Gebruiker = z.infer<typeof Gebruiker>;

/** The rules speak of a professional, the accounts of a casemanager: who acts, as the domain sees them. */
export const naarMedewerker = (g: Pick<Gebruiker, 'id' | 'rollen'>): Medewerker => ({
  gebruikerId: g.id,
  rollen: g.rollen.map((r): Gebruikersrol => (r === 'casemanager' ? 'professional' : r)),
});

export const Inlogmethoden = z.object({ wachtwoord: z.literal(true), oidc: z.boolean() });
export type Inlogmethoden = z.infer<typeof Inlogmethoden>;

/** What the organisation's provider sends back; other parameters it adds are ignored. */
export const OidcTerugkeerQuery = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional().meta({ description: 'Foutcode van de provider, zoals access_denied' }),
});
export type OidcTerugkeerQuery = z.infer<typeof OidcTerugkeerQuery>;
