import { randomBytes } from 'node:crypto';
import type { Gebruiker, NieuweGebruiker } from '@deelwijs/contract';
import { type DbHandle, gebruikerQueries } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { naarGebruiker } from '../sessies/sessies.service';

@Injectable()
export class GebruikersService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  async lijst(): Promise<Gebruiker[]> {
    return (await gebruikerQueries(this.db.db).lijst()).map(naarGebruiker);
  }

  async maak(invoer: NieuweGebruiker): Promise<Gebruiker> {
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
    return naarGebruiker((await queries.vindOpEmail(invoer.email))!);
  }
}
