import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { maakLogger, schoonBericht, VERBORGEN, veiligeFout } from './index';

describe('veiligeFout', () => {
  it('keeps what a driver pasted into a message out: SQL text and parameters', () => {
    expect(schoonBericht('Failed query: insert into "clienten" values ($1)\nparams: Sanne,1987-03-14')).toBe(
      'Failed query (SQL and parameters left out)',
    );
    expect(schoonBericht('iets\nparams: geheim')).toBe('iets');
  });

  it('rebuilds a stack from its frames, so the original message is not repeated in it', () => {
    const fout = new Error('Failed query: select 1\nparams: geheim');
    const veilig = veiligeFout(fout);
    expect(veilig.stack?.split('\n')[0]).toBe('Error: Failed query (SQL and parameters left out)');
    expect(JSON.stringify(veilig)).not.toContain('geheim');
  });

  it('follows causes and aggregated errors, with their codes', () => {
    const weg = new AggregateError(
      [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
      'connect failed',
    );
    const fout = new Error('query failed', { cause: weg });
    expect(veiligeFout(fout)).toMatchObject({
      cause: { type: 'AggregateError', errors: [{ code: 'ECONNREFUSED' }] },
    });
  });

  it('describes a PostgreSQL error by its SQLSTATE only, never its detail', () => {
    const pg = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
      severity: 'ERROR',
      detail: 'Key (email)=(eva@demo.nl) already exists.',
      constraint: 'gebruikers_email_unique',
    });
    const veilig = veiligeFout(pg);
    expect(veilig).toEqual({
      type: 'DatabaseError',
      message: 'database error 23505 (integrity constraint violation)',
      code: '23505',
      constraint: 'gebruikers_email_unique',
    });
  });
});

describe('maakLogger', () => {
  it('writes JSON lines and hides cookies, tokens and passwords passed by hand', () => {
    const regels: string[] = [];
    const bestemming = new Writable({
      write(chunk, _enc, klaar) {
        regels.push(chunk.toString());
        klaar();
      },
    });
    const logger = maakLogger('test', { bestemming });
    logger.info(
      { headers: { cookie: 'deelwijs_sessie=abc' }, gebruiker: { wachtwoord: 'geheim', token: 'xyz' } },
      'hallo',
    );
    const regel = JSON.parse(regels[0]!);
    expect(regel).toMatchObject({ level: 'info', app: 'test', msg: 'hallo' });
    expect(regel.headers.cookie).toBe(VERBORGEN);
    expect(regel.gebruiker).toEqual({ wachtwoord: VERBORGEN, token: VERBORGEN });
  });
});
