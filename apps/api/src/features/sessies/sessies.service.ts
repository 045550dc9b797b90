import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  type DbHandle,
  type GebruikerRij,
  gebruikerQueries,
  inlogpogingQueries,
  sessieQueries,
} from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import type { Gebruiker, Rol } from '../../auth/gebruiker';
import { API_CONFIG, type ApiConfig } from '../../config';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { INLOGBELEID, inlogBeleid, inlogSleutels, isAccountSleutel, wachtInWoorden } from './inlog-limiet';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The CSRF token of a session: a MAC keyed with the session token itself. Only who holds the session
 * cookie can compute it, it differs per session and dies with it; a cookie and header pair made up
 * elsewhere, or taken from another session, does not match. The database keeps neither.
 */
export const csrfVoor = (sessieToken: string) =>
  createHmac('sha256', sessieToken).update('deelwijs-csrf-v1').digest('base64url');

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
  /** The absolute end; the cookies live as long, the server ends the session sooner when it is idle. */
  verlooptOp: Date;
}

/** A session's idle deadline moves at most once a minute, so a busy page does not write on every request. */
const VERLENG_NA_MS = 60_000;

@Injectable()
export class SessiesService {
  // Verifying against a throwaway hash when the account does not exist keeps the response time the
  // same, so timing does not reveal which e-mail addresses have an account.
  private readonly nepHash = hash(randomBytes(16).toString('hex'));

  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /**
   * The attempt is counted (atomically, in the database) before the password is checked, per account
   * and address and per address; a right password clears only this account's count from this address.
   */
  async logIn(email: string, wachtwoord: string, adres: string): Promise<NieuweSessie> {
    const sleutels = inlogSleutels(email, adres);
    const pogingen = inlogpogingQueries(this.db.db);
    const reservering = await pogingen.reserveer([sleutels.accountAdres, sleutels.adres], inlogBeleid);
    if (!reservering.toegestaan)
      throw problemen.teVeelPogingen(
        isAccountSleutel(reservering.sleutel) ? 'account' : 'adres',
        reservering.wachtMs,
        wachtInWoorden(reservering.wachtMs),
      );

    const rij = await gebruikerQueries(this.db.db).vindOpEmail(email);
    const klopt = await verify(rij?.wachtwoordHash ?? (await this.nepHash), wachtwoord).catch(() => false);
    // An invited account has no password yet; a deactivated one may not log in. Both get the same
    // answer as a wrong password, so the response says nothing about which accounts exist.
    if (!rij?.wachtwoordHash || !klopt || rij.status !== 'actief')
      throw problemen.ongeldigeInvoer([
        { pad: 'wachtwoord', bericht: 'Deze combinatie van e-mailadres en wachtwoord kennen we niet.' },
      ]);
    await pogingen.geslaagd([sleutels.accountAdres], [sleutels.adres], inlogBeleid);
    await pogingen.ruimOp(new Date(Date.now() - INLOGBELEID.vergeetNaMs).toISOString());
    return this.maakSessie(rij);
  }

  /** A new session for an account whose identity is proven, by password or by the organisation's provider. */
  async maakSessie(rij: GebruikerRij): Promise<NieuweSessie> {
    const token = randomBytes(32).toString('base64url');
    const nu = Date.now();
    const verlooptOp = new Date(nu + this.absoluutMs);
    const inactiefTot = new Date(nu + Math.min(this.inactiefMs, this.absoluutMs));
    await sessieQueries(this.db.db).maak(hashToken(token), rij.id, inactiefTot.toISOString());
    return { token, csrf: csrfVoor(token), gebruiker: naarGebruiker(rij), verlooptOp };
  }

  /** The user of a live session; using it moves its idle deadline, never past its absolute end. */
  async gebruikerBij(token: string): Promise<Gebruiker | undefined> {
    const sessies = sessieQueries(this.db.db);
    const tokenHash = hashToken(token);
    const nu = Date.now();
    const sessie = await sessies.vindGeldig(tokenHash, new Date(nu).toISOString());
    if (!sessie) return undefined;
    if (Date.parse(sessie.verlooptOp) - nu < this.inactiefMs - VERLENG_NA_MS)
      await sessies.verleng(tokenHash, new Date(nu).toISOString(), this.inactiefMs, this.absoluutMs);
    return naarGebruiker(sessie.gebruiker);
  }

  async logUit(token: string): Promise<void> {
    await sessieQueries(this.db.db).verwijder(hashToken(token));
  }

  /** Ends every session of this account, this one included (a lost laptop, a shared computer). */
  async logOveralUit(gebruikerId: string): Promise<number> {
    return sessieQueries(this.db.db).verwijderVanGebruiker(gebruikerId);
  }

  private get absoluutMs() {
    return this.config.SESSIE_DUUR_UREN * 3_600_000;
  }

  private get inactiefMs() {
    return this.config.SESSIE_INACTIEF_MINUTEN * 60_000;
  }
}

export function gelijkeTokens(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
