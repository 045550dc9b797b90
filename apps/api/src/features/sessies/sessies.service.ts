import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { type DbHandle, type GebruikerRij, gebruikerQueries, sessieQueries } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import type { Gebruiker, Rol } from '../../auth/gebruiker';
import { API_CONFIG, type ApiConfig } from '../../config';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { InlogLimiet } from './inlog-limiet';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const naarGebruiker = (rij: GebruikerRij): Gebruiker => ({
  id: rij.id,
  naam: rij.naam,
  email: rij.email,
  rollen: rij.rollen as Rol[],
  team: rij.team,
  pet: rij.pet,
  organisatietype: rij.organisatietype,
  beroepsgeheim: rij.beroepsgeheim,
});

export interface NieuweSessie {
  token: string;
  csrf: string;
  gebruiker: Gebruiker;
  verlooptOp: Date;
}

@Injectable()
export class SessiesService {
  private readonly limiet = new InlogLimiet();
  // Verifying against a throwaway hash when the account does not exist keeps the response time the
  // same, so timing does not reveal which e-mail addresses have an account.
  private readonly nepHash = hash(randomBytes(16).toString('hex'));

  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async logIn(email: string, wachtwoord: string, adres: string): Promise<NieuweSessie> {
    const nu = Date.now();
    const sleutels = [`email:${email.toLowerCase()}`, `adres:${adres}`];
    const wacht = this.limiet.wachttijd(sleutels, nu);
    if (wacht > 0) throw problemen.teVeelPogingen(wacht);

    const rij = await gebruikerQueries(this.db.db).vindOpEmail(email);
    const klopt = await verify(rij?.wachtwoordHash ?? (await this.nepHash), wachtwoord).catch(() => false);
    if (!rij?.wachtwoordHash || !klopt) {
      this.limiet.registreerMislukt(sleutels, nu);
      throw problemen.ongeldigeInvoer([
        { pad: 'wachtwoord', bericht: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.' },
      ]);
    }
    this.limiet.wis(sleutels);
    return this.maakSessie(rij);
  }

  /** A new session for an account whose identity is proven, by password or by the organisation's provider. */
  async maakSessie(rij: GebruikerRij): Promise<NieuweSessie> {
    const token = randomBytes(32).toString('base64url');
    const verlooptOp = new Date(Date.now() + this.config.SESSIE_DUUR_UREN * 3_600_000);
    await sessieQueries(this.db.db).maak(hashToken(token), rij.id, verlooptOp.toISOString());
    return { token, csrf: randomBytes(24).toString('base64url'), gebruiker: naarGebruiker(rij), verlooptOp };
  }

  async gebruikerBij(token: string): Promise<Gebruiker | undefined> {
    const rij = await sessieQueries(this.db.db).vindGeldig(hashToken(token), new Date().toISOString());
    return rij && naarGebruiker(rij);
  }

  async logUit(token: string): Promise<void> {
    await sessieQueries(this.db.db).verwijder(hashToken(token));
  }
}

export function gelijkeTokens(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
