import { createHash } from 'node:crypto';
import type { InlogBeleid } from '@deelwijs/db';

/**
 * Throttling of password logins. Attempts are counted per account and address together, so an
 * attacker elsewhere slows only themselves: the owner logs in from their own device as usual. A
 * second, much looser count per address alone slows trying a few passwords on many accounts. A count
 * never locks for good: past its free attempts each failure doubles the wait, up to a ceiling.
 */
export const INLOGBELEID = {
  /** Failures of one account from one address before waits begin. */
  vrijPerAccount: 4,
  /** Failures from one address, over all accounts (an office behind one NAT address). */
  vrijPerAdres: 99,
  eersteWachtMs: 30_000,
  maxWachtMs: 15 * 60_000,
  vergeetNaMs: 24 * 3_600_000,
} as const;

/** The wait after the n-th failure when `vrij` are free: 0, …, 0, 30 s, 1 min, 2 min, … 15 min at most. */
export function wachttijdNa(mislukt: number, vrij: number): number {
  if (mislukt <= vrij) return 0;
  return Math.min(INLOGBELEID.maxWachtMs, INLOGBELEID.eersteWachtMs * 2 ** (mislukt - vrij - 1));
}

// Keys are hashes: the table never holds an e-mail address or an IP address in readable form.
const hash = (tekst: string) => createHash('sha256').update(tekst).digest('base64url');
const ACCOUNT = 'account-adres:';
const ADRES = 'adres:';

/** IPv4 seen through an IPv6 socket (::ffff:1.2.3.4) is the same address as 1.2.3.4. */
export const normaalAdres = (adres: string) => adres.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

export function inlogSleutels(email: string, adres: string) {
  const ip = normaalAdres(adres);
  return {
    accountAdres: ACCOUNT + hash(`${email.trim().toLowerCase()}\n${ip}`),
    adres: ADRES + hash(ip),
  };
}

export const isAccountSleutel = (sleutel: string) => sleutel.startsWith(ACCOUNT);

export const inlogBeleid: InlogBeleid = {
  wachttijdMs: (sleutel, mislukt) =>
    wachttijdNa(mislukt, isAccountSleutel(sleutel) ? INLOGBELEID.vrijPerAccount : INLOGBELEID.vrijPerAdres),
  vergeetNaMs: INLOGBELEID.vergeetNaMs,
};

/** "30 seconden", "1 minuut", "4 minuten": how long to wait, in words, rounded up. */
export function wachtInWoorden(ms: number): string {
  const seconden = Math.max(1, Math.ceil(ms / 1000));
  if (seconden < 60) return `${seconden} ${seconden === 1 ? 'seconde' : 'seconden'}`;
  const minuten = Math.ceil(seconden / 60);
  return `${minuten} ${minuten === 1 ? 'minuut' : 'minuten'}`;
}
