import { randomBytes } from 'node:crypto';
import { BeroepsgeheimKlasse, PetId } from '@deelwijs/content';
import { type DbHandle, gebruikerQueries } from '@deelwijs/db';
import { Organisatietype } from '@deelwijs/domain';
import { Body, Controller, Get, Inject, Post, Res } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import type { Response } from 'express';
import { z } from 'zod';
import { type Gebruiker, HuidigeGebruiker, Rol } from '../../auth/gebruiker';
import { naarGebruiker } from '../../auth/sessie.service';
import { Idempotent } from '../../http/idempotentie/idempotent';
import { problemen } from '../../http/problem';
import { ZodPipe } from '../../http/zod.pipe';
import { DB } from '../../infra/db.provider';
import { vereisRol } from '../toegang';

export const NieuweGebruiker = z.object({
  email: z.email('Vul een geldig e-mailadres in.'),
  naam: z.string().trim().min(2, 'Vul de naam in (minstens 2 tekens).').max(200, 'De naam is te lang.'),
  rollen: z.array(z.enum(Rol, { error: 'Onbekende rol.' })).min(1, 'Kies minstens één rol.'),
  team: z.string().trim().min(2, 'Vul het team in.').max(100, 'De teamnaam is te lang.'),
  pet: PetId.nullable().default(null),
  organisatietype: Organisatietype.default('wijkteam'),
  beroepsgeheim: BeroepsgeheimKlasse.default('algemeen'),
  /** Absent: the account can only log in through the organisation's OpenID Connect provider. */
  wachtwoord: z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens.').max(200).optional(),
});
export type NieuweGebruiker = z.infer<typeof NieuweGebruiker>;

/** The functioneel beheerder's door: who may log in, with which roles, team, pet and beroepsgeheim. */
@Controller('gebruikers')
export class GebruikersController {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  @Get()
  async lijst(@HuidigeGebruiker() gebruiker: Gebruiker) {
    vereisRol(gebruiker, 'functioneel-beheerder', 'privacy-officer');
    return (await gebruikerQueries(this.db.db).lijst()).map(naarGebruiker);
  }

  @Post()
  @Idempotent()
  async maak(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @Body(new ZodPipe(NieuweGebruiker)) invoer: NieuweGebruiker,
    @Res({ passthrough: true }) response: Response,
  ) {
    vereisRol(gebruiker, 'functioneel-beheerder');
    const queries = gebruikerQueries(this.db.db);
    if (await queries.vindOpEmail(invoer.email))
      throw problemen.ongeldigeInvoer([
        { pad: 'email', bericht: 'Er is al een account met dit e-mailadres.' },
      ]);
    const id = `${invoer.naam
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}-${randomBytes(3).toString('hex')}`;
    const { wachtwoord, ...rest } = invoer;
    await queries.voegToe([
      {
        ...rest,
        id,
        email: invoer.email.toLowerCase(),
        wachtwoordHash: wachtwoord ? await hash(wachtwoord) : null,
      },
    ]);
    const nieuw = await queries.vindOpEmail(invoer.email);
    response.status(201).location(`/api/v1/gebruikers/${id}`);
    return naarGebruiker(nieuw!);
  }
}
