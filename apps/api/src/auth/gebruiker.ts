import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const Rol = [
  'casemanager',
  'deskundige-collega',
  'leidinggevende',
  'privacy-officer',
  'functioneel-beheerder',
] as const;
export type Rol = (typeof Rol)[number];

/** The logged-in person, as the API passes it on; ids only go further (workflows, the file). */
export interface Gebruiker {
  id: string;
  naam: string;
  email: string;
  rollen: Rol[];
  team: string;
  /** Pet (Bijlage 1), organisation type and beroepsgeheim class: what the rules need of a professional. */
  pet: string | null;
  organisatietype: string;
  beroepsgeheim: string;
}

export type RequestMetGebruiker = Request & { gebruiker?: Gebruiker };

export const HuidigeGebruiker = createParamDecorator((_: unknown, ctx: ExecutionContext): Gebruiker => {
  const gebruiker = ctx.switchToHttp().getRequest<RequestMetGebruiker>().gebruiker;
  if (!gebruiker) throw new Error('HuidigeGebruiker op een publieke route');
  return gebruiker;
});

export const PUBLIEK = 'deelwijs:publiek';
/** Marks a route that needs no session (health, login, API docs). */
export const Publiek = () => SetMetadata(PUBLIEK, true);
