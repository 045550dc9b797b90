import { createHash } from 'node:crypto';
import { schema } from '@deelwijs/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, startStack } from './support/stack';

// Idle and absolute session expiry, and "overal uitloggen" (issue 13), against the real API on
// PostgreSQL. The clock is moved by setting a session's times in the database, as if time had passed.

type Stack = Awaited<ReturnType<typeof startStack>>;
type Ingelogd = Awaited<ReturnType<typeof logIn>>;

const MINUUT = 60_000;
const UUR = 60 * MINUUT;
const tokenHash = (i: Ingelogd) => createHash('sha256').update(i.geheimen.sessie).digest('hex');

describe('session expiry', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack(
      { SESSIE_INACTIEF_MINUTEN: '30', SESSIE_DUUR_UREN: '10' },
      { zonderWorker: true },
    );
  });
  afterAll(() => stack?.stop());

  // Sessions of a test are the only ones in its database, so the test finds its own by token hash.
  const sessieMet = async (hash: string) =>
    (await stack.db.db.select().from(schema.sessies)).find((s) => s.tokenHash === hash);
  const sessie = (i: Ingelogd) => sessieMet(tokenHash(i));
  const zet = (i: Ingelogd, waarden: { aangemaaktOp?: number; verlooptOp?: number }) =>
    stack.db.pool.query(
      'update sessies set aangemaakt_op = coalesce($2, aangemaakt_op), verloopt_op = coalesce($3, verloopt_op) where token_hash = $1',
      [
        tokenHash(i),
        waarden.aangemaaktOp ? new Date(waarden.aangemaaktOp).toISOString() : null,
        waarden.verlooptOp ? new Date(waarden.verlooptOp).toISOString() : null,
      ],
    );

  it('a new session is valid for the idle time, while its cookies last until the absolute end', async () => {
    const voor = Date.now();
    const response = await fetch(`${stack.baseUrl}/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'casemanager@demo.deelwijs.nl', wachtwoord: 'demo-deelwijs' }),
    });
    expect(response.status).toBe(201);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('deelwijs_sessie='))!;
    const verloopt = Date.parse(/Expires=([^;]+)/.exec(cookie)![1]!);
    expect(verloopt - voor).toBeGreaterThan(10 * UUR - MINUUT);
    expect(verloopt - voor).toBeLessThanOrEqual(10 * UUR + MINUUT);
    const token = /deelwijs_sessie=([^;]+)/.exec(cookie)![1]!;
    const rij = (await sessieMet(createHash('sha256').update(token).digest('hex')))!;
    expect(Date.parse(rij.verlooptOp) - voor).toBeGreaterThan(29 * MINUUT);
    expect(Date.parse(rij.verlooptOp) - voor).toBeLessThanOrEqual(30 * MINUUT + 5_000);
  });

  it('ends a session nobody used for the idle time: 401 in Dutch', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    expect((await eva.get('/sessies/huidige')).status).toBe(200);
    await zet(eva, { verlooptOp: Date.now() - 1_000 });
    const response = await eva.get('/clienten');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await response.json()).detail).toMatch(/sessie is afgelopen.*Log in om verder te gaan/);
  });

  it('using a session moves its idle end forward', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    await zet(eva, { verlooptOp: Date.now() + 5_000 });
    const voor = Date.now();
    expect((await eva.get('/sessies/huidige')).status).toBe(200);
    const na = Date.parse((await sessie(eva))!.verlooptOp);
    expect(na - voor).toBeGreaterThan(29 * MINUUT);
    expect(na - voor).toBeLessThanOrEqual(30 * MINUUT + 5_000);
  });

  it('does not write on every request: within the first minute the idle end stays where it is', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const eerst = (await sessie(eva))!.verlooptOp;
    await Promise.all([eva.get('/sessies/huidige'), eva.get('/clienten'), eva.get('/werkvoorraad')]);
    expect((await sessie(eva))!.verlooptOp).toBe(eerst);
  });

  it('never moves past the absolute end, however active the session is', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const aangemaakt = Date.now() - 10 * UUR + 2 * MINUUT;
    await zet(eva, { aangemaaktOp: aangemaakt, verlooptOp: Date.now() + 5_000 });
    expect((await eva.get('/sessies/huidige')).status).toBe(200);
    const na = Date.parse((await sessie(eva))!.verlooptOp);
    expect(Math.abs(na - (aangemaakt + 10 * UUR))).toBeLessThan(1_000);
    // Past that end, the session is over.
    await zet(eva, { verlooptOp: Date.now() - 1 });
    expect((await eva.get('/sessies/huidige')).status).toBe(401);
  });
});

describe('overal uitloggen', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({}, { zonderWorker: true });
  });
  afterAll(() => stack?.stop());

  it("ends every session of the account on every device, and nobody else's", async () => {
    const [laptop, telefoon, tom] = await Promise.all([
      logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl'),
      logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl'),
      logIn(stack.baseUrl, 'jeugd@demo.deelwijs.nl'),
    ]);
    const response = await telefoon.delete('/sessies');
    expect(response.status).toBe(204);
    const gewist = response.headers.getSetCookie();
    expect(gewist.some((c) => /^deelwijs_sessie=;/.test(c))).toBe(true);
    expect(gewist.some((c) => /^deelwijs_csrf=;/.test(c))).toBe(true);
    expect((await laptop.get('/sessies/huidige')).status).toBe(401);
    expect((await telefoon.get('/sessies/huidige')).status).toBe(401);
    expect((await tom.get('/sessies/huidige')).status).toBe(200);
  });

  it('needs the CSRF token of the session, like every change', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    const zonder = await fetch(`${stack.baseUrl}/sessies`, {
      method: 'DELETE',
      headers: { cookie: `deelwijs_sessie=${eva.geheimen.sessie}` },
    });
    expect(zonder.status).toBe(403);
    expect((await eva.get('/sessies/huidige')).status).toBe(200);
  });

  it('without a session: 401, nothing ended', async () => {
    const eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
    expect((await fetch(`${stack.baseUrl}/sessies`, { method: 'DELETE' })).status).toBe(401);
    expect((await eva.get('/sessies/huidige')).status).toBe(200);
  });
});
