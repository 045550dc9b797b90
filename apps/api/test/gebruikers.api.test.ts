import { createHash } from 'node:crypto';
import { schema } from '@deelwijs/db';
import { demoClienten } from '@deelwijs/db/seed';
import type { Opdracht } from '@deelwijs/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailsAan, wachtOpUitnodiging } from '../../../tests/lib/postbus';
import { legVast, toewijzen, totAfweging4, voorstel } from './support/doorbreking';
import { type Antwoord, logIn, nieuwAccount, nodigUit, startStack, vrijePoort } from './support/stack';

// Issue 12: accounts the way a municipality needs them, against the real API on PostgreSQL. The
// beheerder invites and never knows a password; role grants are logged for the privacy officer;
// nobody grants themselves roles; an account with open work is not deactivated.

type Stack = Awaited<ReturnType<typeof startStack>>;
type Ingelogd = Awaited<ReturnType<typeof logIn>>;

const sanne = demoClienten[0]!;
const post = (stack: Stack, pad: string, body: unknown) =>
  fetch(`${stack.baseUrl}${pad}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }) as Promise<Antwoord>;
const inloggen = (stack: Stack, email: string, wachtwoord: string) =>
  post(stack, '/sessies', { email, wachtwoord });

describe('accounts, invitations, role changes and teams (functioneel beheerder)', () => {
  let stack: Stack;
  let beheer: Ingelogd;
  let eva: Ingelogd;
  let ingrid: Ingelogd;

  beforeAll(async () => {
    stack = await startStack({ UITNODIGING_GELDIG_DAGEN: '7' });
    [beheer, eva, ingrid] = (await Promise.all(
      ['beheer@demo.deelwijs.nl', 'casemanager@demo.deelwijs.nl', 'privacy@demo.deelwijs.nl'].map((e) =>
        logIn(stack.baseUrl, e),
      ),
    )) as [Ingelogd, Ingelogd, Ingelogd];
  }, 120_000);
  afterAll(() => stack?.stop());

  describe('invitations', () => {
    it('invite → the link goes to the invitee’s mailbox only → the invitee sets a password → logs in', async () => {
      const voor = Date.now();
      const response = await beheer.post('/gebruikers', {
        email: 'Noor.Visser@demo.deelwijs.nl',
        naam: 'Noor Visser',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
        pet: 'sociaal-werker',
      });
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const tekst = await response.text();
      const { account, uitnodiging } = JSON.parse(tekst);
      expect(account).toMatchObject({
        email: 'noor.visser@demo.deelwijs.nl',
        status: 'uitgenodigd',
        rollen: ['casemanager'],
        pet: 'sociaal-werker',
      });
      // The beheerder learns where the link went and until when it works, never the link itself.
      expect(Object.keys(uitnodiging).sort()).toEqual(
        uitnodiging.status === 'verstuurd'
          ? ['aan', 'status', 'verlooptOp', 'verstuurdOp']
          : ['aan', 'status', 'verlooptOp'],
      );
      expect(uitnodiging).toMatchObject({ aan: 'noor.visser@demo.deelwijs.nl' });
      expect(['verstuurd', 'wordt-verstuurd']).toContain(uitnodiging.status);
      // Valid for the configured 7 days.
      const geldig = Date.parse(uitnodiging.verlooptOp) - voor;
      expect(geldig).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
      expect(geldig).toBeLessThanOrEqual(7 * 24 * 3600_000 + 60_000);
      expect(account.uitnodigingVerlooptOp).toBe(uitnodiging.verlooptOp);
      expect(account.uitnodiging).toMatchObject({ aan: uitnodiging.aan, verlooptOp: uitnodiging.verlooptOp });

      // The link is in the mail to Noor; the database keeps only its hash.
      const mail = await wachtOpUitnodiging(stack.postbus!, 'noor.visser@demo.deelwijs.nl');
      const token = mail.token;
      expect(tekst).not.toContain(token);
      expect(tekst).not.toMatch(/token|uitnodiging#/);
      const rijen = await stack.db.db.select().from(schema.uitnodigingen);
      const rij = rijen.find((r) => r.gebruikerId === account.id)!;
      expect(rij.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
      expect(rij.verstuurdOp).not.toBeNull();
      const { rows } = await stack.db.pool.query(
        "select count(*)::int as n from idempotentie where antwoord::text like '%' || $1 || '%'",
        [token],
      );
      expect(rows[0].n).toBe(0);
      // The account list says it was mailed.
      const inLijst = ((await (await beheer.get('/gebruikers')).json()) as Array<{ id: string }>).find(
        (a) => a.id === account.id,
      );
      expect(inLijst).toMatchObject({
        uitnodiging: { status: 'verstuurd', aan: 'noor.visser@demo.deelwijs.nl' },
      });

      // Before accepting, the account cannot log in at all.
      expect((await inloggen(stack, 'noor.visser@demo.deelwijs.nl', 'wat-dan-ook-123')).status).toBe(400);

      const bekeken = await post(stack, '/uitnodigingen/_bekijk', { token });
      expect(bekeken.status).toBe(200);
      expect(await bekeken.json()).toEqual({
        naam: 'Noor Visser',
        email: 'noor.visser@demo.deelwijs.nl',
        verlooptOp: uitnodiging.verlooptOp,
      });

      const kort = await post(stack, '/uitnodigingen/_aanvaard', {
        token,
        wachtwoord: 'kort',
      });
      expect(kort.status).toBe(400);
      expect((await kort.json()).fouten).toEqual([
        { pad: 'wachtwoord', bericht: 'Een wachtwoord heeft minstens 12 tekens.' },
      ]);

      const aanvaard = await post(stack, '/uitnodigingen/_aanvaard', {
        token,
        wachtwoord: 'mijn-eigen-wachtwoord',
      });
      expect(aanvaard.status).toBe(200);
      expect(await aanvaard.json()).toEqual({ email: 'noor.visser@demo.deelwijs.nl' });

      const noor = await logIn(stack.baseUrl, 'noor.visser@demo.deelwijs.nl', 'mijn-eigen-wachtwoord');
      expect((await (await noor.get('/sessies/huidige')).json()).naam).toBe('Noor Visser');
      const lijst = (await (await beheer.get('/gebruikers')).json()) as Array<{ id: string; status: string }>;
      expect(lijst.find((a) => a.id === account.id)).toMatchObject({
        status: 'actief',
        uitnodigingVerlooptOp: null,
      });

      // The token in the body never reaches the API's log.
      expect(stack.logboek()).not.toContain(token);
      expect(stack.workerLogboek()).not.toContain(token);
    });

    it('refuses a used link, an expired one and an unknown one, in Dutch', async () => {
      const { token } = await nodigUit(beheer, {
        email: 'twee.keer@demo.deelwijs.nl',
        naam: 'Twee Keer',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      expect(
        (await post(stack, '/uitnodigingen/_aanvaard', { token, wachtwoord: 'eerste-wachtwoord' })).status,
      ).toBe(200);
      for (const pad of ['/uitnodigingen/_aanvaard', '/uitnodigingen/_bekijk']) {
        const opnieuw = await post(stack, pad, { token, wachtwoord: 'tweede-wachtwoord' });
        expect(opnieuw.status).toBe(410);
        expect(opnieuw.headers.get('content-type')).toContain('application/problem+json');
        expect((await opnieuw.json()).detail).toMatch(/al gebruikt.*Log in met uw e-mailadres/);
      }
      // The second password did not replace the first.
      expect((await inloggen(stack, 'twee.keer@demo.deelwijs.nl', 'tweede-wachtwoord')).status).toBe(400);
      expect((await inloggen(stack, 'twee.keer@demo.deelwijs.nl', 'eerste-wachtwoord')).status).toBe(201);

      const verlopen = await nodigUit(beheer, {
        email: 'te.laat@demo.deelwijs.nl',
        naam: 'Te Laat',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      await stack.db.pool.query(
        "update uitnodigingen set verloopt_op = now() - interval '1 minute' where gebruiker_id = $1",
        [verlopen.id],
      );
      const te = await post(stack, '/uitnodigingen/_aanvaard', {
        token: verlopen.token,
        wachtwoord: 'een-lang-wachtwoord',
      });
      expect(te.status).toBe(410);
      expect((await te.json()).detail).toMatch(
        /verlopen op .*Vraag uw functioneel beheerder om een nieuwe link/,
      );
      expect((await inloggen(stack, 'te.laat@demo.deelwijs.nl', 'een-lang-wachtwoord')).status).toBe(400);

      // A new link, mailed again, works; the old one stays dead.
      const nieuw = await beheer.post(`/gebruikers/${verlopen.id}/uitnodiging`, {});
      expect(nieuw.status).toBe(201);
      expect(JSON.stringify(await nieuw.json())).not.toMatch(/token|uitnodiging#/);
      const { token: nieuweToken } = await wachtOpUitnodiging(stack.postbus!, 'te.laat@demo.deelwijs.nl', {
        aantal: 2,
      });
      expect(nieuweToken).not.toBe(verlopen.token);
      expect(
        (
          await post(stack, '/uitnodigingen/_aanvaard', {
            token: nieuweToken,
            wachtwoord: 'een-lang-wachtwoord',
          })
        ).status,
      ).toBe(200);
      expect((await beheer.post(`/gebruikers/${verlopen.id}/uitnodiging`, {})).status).toBe(409);

      const onbekend = await post(stack, '/uitnodigingen/_bekijk', { token: 'x'.repeat(43) });
      expect(onbekend.status).toBe(404);
      expect((await onbekend.json()).detail).toMatch(/uitnodigingslink kennen we niet/);
    });

    it('re-sending mails a new link and ends the previous one at once; a double click mails once', async () => {
      const email = 'opnieuw.mailen@demo.deelwijs.nl';
      const { id, token: eerste } = await nodigUit(beheer, {
        email,
        naam: 'Opnieuw Mailen',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      // One Idempotency-Key for both clicks, as the dashboard sends it: one new link, one mail.
      const [a, b] = await Promise.all([
        beheer.post(`/gebruikers/${id}/uitnodiging`, {}, { sleutel: 'opnieuw-dubbel' }),
        beheer.post(`/gebruikers/${id}/uitnodiging`, {}, { sleutel: 'opnieuw-dubbel' }),
      ]);
      const statussen = [a.status, b.status].sort();
      // A concurrent duplicate is told to retry (409 verzoek-in-behandeling); a late one gets the same answer.
      expect(statussen[0]).toBe(201);
      const herhaald = await beheer.post(`/gebruikers/${id}/uitnodiging`, {}, { sleutel: 'opnieuw-dubbel' });
      expect(herhaald.status).toBe(201);
      const antwoord = await herhaald.json();
      expect(antwoord.uitnodiging).toMatchObject({ aan: email });
      const tweede = await wachtOpUitnodiging(stack.postbus!, email, { aantal: 2 });
      expect(tweede.token).not.toBe(eerste);
      await new Promise((r) => setTimeout(r, 1_000));
      expect((await mailsAan(stack.postbus!, email)).length).toBe(2);
      const { rows } = await stack.db.pool.query(
        'select volgnummer, verloopt_op <= now() as verlopen, verstuurd_op is not null as verstuurd from uitnodigingen where gebruiker_id = $1 order by volgnummer',
        [id],
      );
      expect(rows).toEqual([
        { volgnummer: 1, verlopen: true, verstuurd: true },
        { volgnummer: 2, verlopen: false, verstuurd: true },
      ]);

      // The first link no longer opens anything.
      const oud = await post(stack, '/uitnodigingen/_bekijk', { token: eerste });
      expect(oud.status).toBe(410);
      expect((await oud.json()).detail).toMatch(/verlopen/);
      expect(
        (await post(stack, '/uitnodigingen/_aanvaard', { token: eerste, wachtwoord: 'een-lang-wachtwoord' }))
          .status,
      ).toBe(410);
      expect(
        (
          await post(stack, '/uitnodigingen/_aanvaard', {
            token: tweede.token,
            wachtwoord: 'een-lang-wachtwoord',
          })
        ).status,
      ).toBe(200);
    });

    it('gives the beheerder no way to set a password', async () => {
      const response = await beheer.post('/gebruikers', {
        email: 'geen.wachtwoord@demo.deelwijs.nl',
        naam: 'Geen Wachtwoord',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
        wachtwoord: 'door-de-beheerder-gekozen',
      });
      expect(response.status).toBe(201);
      expect((await response.json()).account.status).toBe('uitgenodigd');
      expect(
        (await inloggen(stack, 'geen.wachtwoord@demo.deelwijs.nl', 'door-de-beheerder-gekozen')).status,
      ).toBe(400);
      const { rows } = await stack.db.pool.query('select wachtwoord_hash from gebruikers where email = $1', [
        'geen.wachtwoord@demo.deelwijs.nl',
      ]);
      expect(rows[0].wachtwoord_hash).toBeNull();
    });

    it('refuses an unknown team, a taken address, bad input and anyone but the beheerder', async () => {
      const onbekendTeam = await beheer.post('/gebruikers', {
        email: 'ergens@demo.deelwijs.nl',
        naam: 'Ergens Anders',
        rollen: ['casemanager'],
        team: 'bestaat-niet',
      });
      expect(onbekendTeam.status).toBe(400);
      expect((await onbekendTeam.json()).fouten).toEqual([
        { pad: 'team', bericht: 'Dit team bestaat niet. Kies een team uit de lijst, of maak het eerst aan.' },
      ]);
      const bezet = await beheer.post('/gebruikers', {
        email: 'casemanager@demo.deelwijs.nl',
        naam: 'Eva Dubbel',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      expect((await bezet.json()).fouten).toEqual([
        { pad: 'email', bericht: 'Er is al een account met dit e-mailadres.' },
      ]);
      const fout = await (
        await beheer.post('/gebruikers', { email: 'geen-adres', naam: 'X', rollen: [], team: '' })
      ).json();
      expect(fout.fouten.map((f: { pad: string }) => f.pad).sort()).toEqual([
        'email',
        'naam',
        'rollen',
        'team',
      ]);
      expect(
        (
          await eva.post('/gebruikers', {
            email: 'x@demo.deelwijs.nl',
            naam: 'X Y',
            rollen: ['casemanager'],
            team: 'wijkteam-noord',
          })
        ).status,
      ).toBe(403);
      expect((await eva.get('/gebruikers')).status).toBe(403);
    });
  });

  describe('role changes', () => {
    it('nobody grants roles to themselves: not by editing, not by inviting their own address', async () => {
      const ik = (await (await beheer.get('/sessies/huidige')).json()) as { id: string; email: string };
      const eigen = await beheer.post(`/gebruikers/${ik.id}/wijzigen`, {
        rollen: ['functioneel-beheerder', 'casemanager'],
        team: 'wijkteam-noord',
      });
      expect(eigen.status).toBe(403);
      expect((await eigen.json()).detail).toMatch(/eigen rollen.*andere functioneel beheerder/);
      const uitnodiging = await beheer.post('/gebruikers', {
        email: ik.email.toUpperCase(),
        naam: 'Tweede Ik',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      expect(uitnodiging.status).toBe(403);
      expect((await uitnodiging.json()).detail).toMatch(/uzelf niet uitnodigen/);
      expect((await beheer.post(`/gebruikers/${ik.id}/deactiveren`, {})).status).toBe(403);
      expect((await (await beheer.get('/sessies/huidige')).json()).rollen).toEqual(['functioneel-beheerder']);
    });

    it('logs every grant and revoke, and the privacy officer sees who gave which role to whom', async () => {
      const id = await nieuwAccount(stack.baseUrl, beheer, {
        email: 'sem.jansen@demo.deelwijs.nl',
        naam: 'Sem Jansen',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      const gewijzigd = await beheer.post(`/gebruikers/${id}/wijzigen`, {
        rollen: ['leidinggevende'],
        team: 'wijkteam-noord',
        pet: 'sociaal-werker',
        beroepsgeheim: 'skj',
      });
      expect(gewijzigd.status).toBe(200);
      expect(await gewijzigd.json()).toMatchObject({
        rollen: ['leidinggevende'],
        pet: 'sociaal-werker',
        beroepsgeheim: 'skj',
        status: 'actief',
      });
      const sem = await logIn(stack.baseUrl, 'sem.jansen@demo.deelwijs.nl', 'een-lang-wachtwoord');
      expect((await (await sem.get('/sessies/huidige')).json()).rollen).toEqual(['leidinggevende']);

      const log = await ingrid.get('/toezicht/rolwijzigingen?perPagina=100');
      expect(log.status).toBe(200);
      const items = (await log.json()).items as Array<Record<string, unknown>>;
      const vanSem = items
        .filter((r) => (r.voor as { id: string }).id === id)
        .map((r) => [r.wijziging, r.rol, (r.door as { naam: string }).naam, r.leestClientgegevens]);
      // Newest first.
      expect(vanSem).toEqual([
        ['toegekend', 'leidinggevende', 'Functioneel beheer', true],
        ['ingetrokken', 'casemanager', 'Functioneel beheer', true],
        ['toegekend', 'casemanager', 'Functioneel beheer', true],
      ]);
      expect(items.find((r) => (r.voor as { id: string }).id === id)).toMatchObject({
        voor: { id, naam: 'Sem Jansen' },
        team: 'wijkteam-noord',
        teamNaam: 'Wijkteam Noord',
      });

      // A move to another team: access to the old team's clients ends, to the new team's begins.
      await beheer.post(`/gebruikers/${id}/wijzigen`, { rollen: ['leidinggevende'], team: 'jeugdteam-zuid' });
      const na = (
        (await (await ingrid.get('/toezicht/rolwijzigingen')).json()).items as Array<Record<string, string>>
      )
        .filter((r) => (r.voor as unknown as { id: string }).id === id)
        .slice(0, 2)
        .map((r) => [r.wijziging, r.rol, r.team]);
      expect(na.sort()).toEqual([
        ['ingetrokken', 'leidinggevende', 'wijkteam-noord'],
        ['toegekend', 'leidinggevende', 'jeugdteam-zuid'],
      ]);

      // The filter, and nobody else reads the log.
      const alleen = (await (await ingrid.get('/toezicht/rolwijzigingen?alleenClientgegevens=true')).json())
        .items as Array<{ leestClientgegevens: boolean }>;
      expect(alleen.every((r) => r.leestClientgegevens)).toBe(true);
      expect((await eva.get('/toezicht/rolwijzigingen')).status).toBe(403);
      expect((await beheer.get('/toezicht/rolwijzigingen')).status).toBe(403);
      // The log only grows: the app role cannot rewrite it.
      await expect(stack.db.pool.query('delete from rolwijzigingen')).rejects.toThrow(/permission denied/);
    });

    it('changes made at once to one account are logged against what was really there', async () => {
      const id = await nieuwAccount(stack.baseUrl, beheer, {
        email: 'noor.bakker@demo.deelwijs.nl',
        naam: 'Noor Bakker',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      const sets = [
        ['leidinggevende'],
        ['deskundige-collega'],
        ['casemanager', 'deskundige-collega'],
        ['privacy-officer'],
        ['casemanager'],
      ];
      const antwoorden = await Promise.all(
        sets.map((rollen) => beheer.post(`/gebruikers/${id}/wijzigen`, { rollen, team: 'wijkteam-noord' })),
      );
      expect(antwoorden.map((a) => a.status)).toEqual(sets.map(() => 200));
      // Folding the log from the start gives exactly the roles the account ended with.
      const items = (
        (await (await ingrid.get('/toezicht/rolwijzigingen?perPagina=100')).json()).items as Array<{
          voor: { id: string };
          rol: string;
          wijziging: string;
        }>
      )
        .filter((r) => r.voor.id === id)
        .reverse();
      const rollen = new Set<string>();
      for (const r of items) {
        if (r.wijziging === 'toegekend') {
          expect(rollen.has(r.rol), `${r.rol} twice granted`).toBe(false);
          rollen.add(r.rol);
        } else {
          expect(rollen.has(r.rol), `${r.rol} revoked while not held`).toBe(true);
          rollen.delete(r.rol);
        }
      }
      const account = (
        (await (await beheer.get('/gebruikers')).json()) as Array<{ id: string; rollen: string[] }>
      ).find((a) => a.id === id)!;
      expect([...rollen].sort()).toEqual([...account.rollen].sort());
    });

    it('refuses an unknown account, an unknown team and bad roles', async () => {
      expect(
        (
          await beheer.post('/gebruikers/niemand-abc/wijzigen', {
            rollen: ['casemanager'],
            team: 'wijkteam-noord',
          })
        ).status,
      ).toBe(404);
      const team = await beheer.post('/gebruikers/eva-smit/wijzigen', {
        rollen: ['casemanager'],
        team: 'nergens',
      });
      expect(team.status).toBe(400);
      const rollen = await beheer.post('/gebruikers/eva-smit/wijzigen', {
        rollen: ['baas'],
        team: 'wijkteam-noord',
      });
      expect((await rollen.json()).fouten[0]).toEqual({ pad: 'rollen.0', bericht: 'Onbekende rol.' });
    });
  });

  describe('deactivation', () => {
    it('is refused while the account owns open deelverzoeken, naming how many', async () => {
      await legVast(stack.db.db, sanne, [[totAfweging4()[0]!]], 1);
      await legVast(stack.db.db, sanne, [[totAfweging4()[0]!]], 1);
      const geweigerd = await beheer.post('/gebruikers/eva-smit/deactiveren', {});
      expect(geweigerd.status).toBe(409);
      const problem = await geweigerd.json();
      expect(problem.title).toBe('Dit account heeft nog open werk');
      expect(problem.detail).toMatch(/^Eva Smit heeft nog \d+ open deelverzoeken\./);
      expect((await eva.get('/sessies/huidige')).status).toBe(200);
    });

    it('counts the work an account owns now: handed over, it moves with the deelverzoek', async () => {
      const id = await nieuwAccount(stack.baseUrl, beheer, {
        email: 'bram.devries@demo.deelwijs.nl',
        naam: 'Bram de Vries',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      const dv = await legVast(stack.db.db, sanne, [[totAfweging4()[0]!]], 1);
      // The owner column as an overdracht leaves it (the overdracht itself: overdracht.api.test.ts).
      const eigenaar = (naar: string) =>
        stack.db.pool.query('update deelverzoeken set eigenaar = $1 where id = $2', [naar, dv]);
      await eigenaar(id);
      const geweigerd = await beheer.post(`/gebruikers/${id}/deactiveren`, {});
      expect(geweigerd.status).toBe(409);
      expect((await geweigerd.json()).detail).toMatch(/^Bram de Vries heeft nog 1 open deelverzoek\./);
      await eigenaar('eva-smit');
      expect((await beheer.post(`/gebruikers/${id}/deactiveren`, {})).status).toBe(200);
    });

    it('is refused while a collegiale toetsing is asked of the account by name', async () => {
      const id = await nieuwAccount(stack.baseUrl, beheer, {
        email: 'bo.toetser@demo.deelwijs.nl',
        naam: 'Bo Toetser',
        rollen: ['deskundige-collega'],
        team: 'wijkteam-noord',
        pet: 'sociaal-werker',
      });
      await legVast(
        stack.db.db,
        sanne,
        [
          ...totAfweging4(false, new Date(Date.now() - 3 * 24 * 3600_000)).map((o): [Opdracht] => [o]),
          [voorstel],
          [toewijzen(id)],
        ],
        1,
      );
      const geweigerd = await beheer.post(`/gebruikers/${id}/deactiveren`, {});
      expect(geweigerd.status).toBe(409);
      expect((await geweigerd.json()).detail).toMatch(
        /^Bo Toetser heeft nog 1 collegiale toetsing die op naam is gevraagd\./,
      );
    });

    it('without open work: the account cannot log in any more and its sessions end', async () => {
      const id = await nieuwAccount(
        stack.baseUrl,
        beheer,
        {
          email: 'lisa.weg@demo.deelwijs.nl',
          naam: 'Lisa Weg',
          rollen: ['deskundige-collega'],
          team: 'wijkteam-noord',
        },
        'lisa-haar-wachtwoord',
      );
      const lisa = await logIn(stack.baseUrl, 'lisa.weg@demo.deelwijs.nl', 'lisa-haar-wachtwoord');
      expect(
        (await (await eva.get('/team/deskundige-collegas')).json()).map((c: { id: string }) => c.id),
      ).toContain(id);
      const response = await beheer.post(`/gebruikers/${id}/deactiveren`, {});
      expect(response.status).toBe(200);
      const account = await response.json();
      expect(account.status).toBe('gedeactiveerd');
      expect(Date.parse(account.gedeactiveerdOp)).toBeGreaterThan(Date.now() - 60_000);
      expect((await lisa.get('/sessies/huidige')).status).toBe(401);
      expect((await inloggen(stack, 'lisa.weg@demo.deelwijs.nl', 'lisa-haar-wachtwoord')).status).toBe(400);
      // Not offered for a review any more, and no roles can be given to it.
      expect(
        (await (await eva.get('/team/deskundige-collegas')).json()).map((c: { id: string }) => c.id),
      ).not.toContain(id);
      expect(
        (await beheer.post(`/gebruikers/${id}/wijzigen`, { rollen: ['casemanager'], team: 'wijkteam-noord' }))
          .status,
      ).toBe(409);
      expect((await beheer.post(`/gebruikers/${id}/deactiveren`, {})).status).toBe(409);
      // The privacy officer sees the roles it lost.
      const items = (await (await ingrid.get('/toezicht/rolwijzigingen')).json()).items as Array<{
        voor: { id: string };
        wijziging: string;
        rol: string;
      }>;
      expect(items.find((r) => r.voor.id === id)).toMatchObject({
        wijziging: 'ingetrokken',
        rol: 'deskundige-collega',
      });
    });

    it('an invited account deactivated before it started: its link no longer works', async () => {
      const { id, token } = await nodigUit(beheer, {
        email: 'nooit.begonnen@demo.deelwijs.nl',
        naam: 'Nooit Begonnen',
        rollen: ['casemanager'],
        team: 'wijkteam-noord',
      });
      expect((await beheer.post(`/gebruikers/${id}/deactiveren`, {})).status).toBe(200);
      expect(
        (await post(stack, '/uitnodigingen/_aanvaard', { token, wachtwoord: 'een-lang-wachtwoord' })).status,
      ).toBe(410);
    });
  });

  describe('teams', () => {
    it('lists, creates and renames teams; accounts stay in a renamed team', async () => {
      const lijst = (await (await beheer.get('/teams')).json()) as Array<{
        id: string;
        naam: string;
        accounts: number;
      }>;
      expect(lijst.map((t) => t.id)).toEqual(expect.arrayContaining(['wijkteam-noord', 'jeugdteam-zuid']));
      expect(lijst.find((t) => t.id === 'wijkteam-noord')!.accounts).toBeGreaterThan(0);

      const nieuw = await beheer.post('/teams', { naam: 'Wijkteam Oost' });
      expect(nieuw.status).toBe(201);
      expect(nieuw.headers.get('location')).toBe('/api/v1/teams/wijkteam-oost');
      expect(await nieuw.json()).toEqual({ id: 'wijkteam-oost', naam: 'Wijkteam Oost', accounts: 0 });
      const dubbel = await beheer.post('/teams', { naam: 'wijkteam oost' });
      expect((await dubbel.json()).fouten).toEqual([
        { pad: 'naam', bericht: 'Er is al een team met deze naam.' },
      ]);
      expect((await beheer.post('/teams', { naam: 'x' })).status).toBe(400);

      await nodigUit(beheer, {
        email: 'oost@demo.deelwijs.nl',
        naam: 'Olga Oost',
        rollen: ['casemanager'],
        team: 'wijkteam-oost',
      });
      const hernoemd = await beheer.post('/teams/wijkteam-oost/hernoemen', {
        naam: 'Wijkteam Oost en Centrum',
      });
      expect(hernoemd.status).toBe(200);
      expect(await hernoemd.json()).toEqual({
        id: 'wijkteam-oost',
        naam: 'Wijkteam Oost en Centrum',
        accounts: 1,
      });
      expect((await beheer.post('/teams/bestaat-niet/hernoemen', { naam: 'Iets' })).status).toBe(404);
      expect((await beheer.post('/teams/wijkteam-oost/hernoemen', { naam: 'Jeugdteam Zuid' })).status).toBe(
        400,
      );
      expect((await eva.get('/teams')).status).toBe(403);
    });
  });
});

describe('inviting while Temporal is unreachable', () => {
  let stack: Stack;
  let beheer: Ingelogd;

  beforeAll(async () => {
    // A port nobody listens on: every start of a workflow fails as it would with Temporal away.
    const weg = await vrijePoort();
    stack = await startStack(
      { TEMPORAL_DEADLINE_MS: '3000' },
      { zonderWorker: true, temporalAddress: `127.0.0.1:${weg}` },
    );
    beheer = await logIn(stack.baseUrl, 'beheer@demo.deelwijs.nl');
  }, 120_000);
  afterAll(() => stack?.stop());

  it('answers 503 in Dutch and creates nothing: no account, no link, no role in the log', async () => {
    const response = await beheer.post('/gebruikers', {
      email: 'geen.temporal@demo.deelwijs.nl',
      naam: 'Geen Temporal',
      rollen: ['casemanager'],
      team: 'wijkteam-noord',
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toBeTruthy();
    expect((await response.json()).detail).toMatch(/niet bereikbaar.*opnieuw/);
    const { rows } = await stack.db.pool.query(
      `select (select count(*)::int from gebruikers where email = $1) as accounts,
              (select count(*)::int from uitnodigingen u join gebruikers g on g.id = u.gebruiker_id where g.email = $1) as links,
              (select count(*)::int from rolwijzigingen r join gebruikers g on g.id = r.voor where g.email = $1) as rollen`,
      ['geen.temporal@demo.deelwijs.nl'],
    );
    expect(rows[0]).toEqual({ accounts: 0, links: 0, rollen: 0 });
  }, 60_000);

  it('answers 503 to a re-send and leaves the previous link as it was', async () => {
    const verlooptOp = new Date(Date.now() + 86_400_000).toISOString();
    await stack.db.pool.query(
      "insert into gebruikers (id, email, naam, rollen, team, status) values ('wacht-nog', 'wacht.nog@demo.deelwijs.nl', 'Wacht Nog', '[\"casemanager\"]', 'wijkteam-noord', 'uitgenodigd')",
    );
    await stack.db.pool.query(
      "insert into uitnodigingen (gebruiker_id, volgnummer, token_hash, aangemaakt_door, verloopt_op, verstuurd_op) values ('wacht-nog', 1, 'abc', 'beheer', $1, now())",
      [verlooptOp],
    );
    const response = await beheer.post('/gebruikers/wacht-nog/uitnodiging', {});
    expect(response.status).toBe(503);
    const { rows } = await stack.db.pool.query(
      "select volgnummer, verloopt_op from uitnodigingen where gebruiker_id = 'wacht-nog'",
    );
    expect(rows).toHaveLength(1);
    expect(new Date(rows[0].verloopt_op).toISOString()).toBe(verlooptOp);
  }, 60_000);
});
