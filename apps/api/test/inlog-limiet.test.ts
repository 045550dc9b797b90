import { describe, expect, it } from 'vitest';
import { ApiConfig } from '../src/config';
import {
  inlogBeleid,
  inlogSleutels,
  normaalAdres,
  wachtInWoorden,
  wachttijdNa,
} from '../src/features/sessies/inlog-limiet';

const MIN = 60_000;

describe('login throttling policy', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 30_000],
    [6, MIN],
    [7, 2 * MIN],
    [8, 4 * MIN],
    [9, 8 * MIN],
    [10, 15 * MIN],
    [50, 15 * MIN],
  ])('after failure %i of one account from one address: wait %i ms', (mislukt, wacht) => {
    expect(wachttijdNa(mislukt, 4)).toBe(wacht);
  });

  it('lets an address as a whole fail 99 times before it waits', () => {
    const { accountAdres, adres } = inlogSleutels('Eva@Demo.nl', '10.0.0.1');
    expect(inlogBeleid.wachttijdMs(adres, 99)).toBe(0);
    expect(inlogBeleid.wachttijdMs(adres, 100)).toBe(30_000);
    expect(inlogBeleid.wachttijdMs(accountAdres, 5)).toBe(30_000);
  });

  it('keys one account from one address alike however it is written, and hides both', () => {
    const a = inlogSleutels(' Eva@Demo.nl', '::ffff:10.0.0.1');
    expect(a).toEqual(inlogSleutels('eva@demo.nl', '10.0.0.1'));
    expect(a.accountAdres).not.toEqual(inlogSleutels('eva@demo.nl', '10.0.0.2').accountAdres);
    expect(JSON.stringify(a)).not.toMatch(/eva|10\.0/);
    expect(normaalAdres('::1')).toBe('::1');
  });

  it.each([
    [30_000, '30 seconden'],
    [1_000, '1 seconde'],
    [59_001, '1 minuut'],
    [60_000, '1 minuut'],
    [119_500, '2 minuten'],
    [15 * MIN, '15 minuten'],
  ])('says %i ms as “%s”', (ms, woorden) => {
    expect(wachtInWoorden(ms)).toBe(woorden);
  });
});

describe('which proxies are trusted (API_TRUST_PROXY)', () => {
  const env = {
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
    DEELWIJS_PAYLOAD_KEYS: `t:${Buffer.alloc(32).toString('base64')}`,
    DEELWIJS_DOSSIER_SLEUTEL: Buffer.alloc(32, 1).toString('base64'),
    DEELWIJS_VERWERKINGSLOG_SLEUTEL: Buffer.alloc(32, 2).toString('base64'),
  };

  it('trusts none and sets the cookie Secure unless told otherwise', () => {
    const config = ApiConfig.parse(env);
    expect(config.API_TRUST_PROXY).toEqual([]);
    expect(config.SESSIE_COOKIE_SECURE).toBe(true);
  });

  it('takes addresses, ranges and named ranges, and refuses anything else in Dutch', () => {
    expect(
      ApiConfig.parse({ ...env, API_TRUST_PROXY: '10.1.2.3, 10.0.0.0/8,loopback,::1' }).API_TRUST_PROXY,
    ).toEqual(['10.1.2.3', '10.0.0.0/8', 'loopback', '::1']);
    for (const fout of ['dashboard.intern', '10.0.0.0/33', '*'])
      expect(ApiConfig.safeParse({ ...env, API_TRUST_PROXY: fout }).error?.issues[0]?.message).toMatch(
        /^API_TRUST_PROXY: geef adressen/,
      );
  });
});
