import type { Account } from '@deelwijs/contract';
import { describe, expect, it } from 'vitest';
import { beheerWerkInGroepen } from './werk';

const NU = Date.parse('2026-12-02T09:00:00Z');

const account = (id: string, a: Partial<Account>): Account =>
  ({
    id,
    email: `${id}@demo.deelwijs.nl`,
    naam: id,
    rollen: ['casemanager'],
    team: 'wijkteam-noord',
    status: 'actief',
    gedeactiveerdOp: null,
    uitnodigingVerlooptOp: null,
    uitnodiging: null,
    ...a,
  }) as Account;

const teams = [{ id: 'wijkteam-noord' }];

describe('the beheerder’s werkvoorraad', () => {
  it('lists expired invitations first, then open ones expiring soonest first, then accounts outside a team', () => {
    const groepen = beheerWerkInGroepen(
      [
        account('actief', {}),
        account('later', { status: 'uitgenodigd', uitnodigingVerlooptOp: '2026-12-08T09:00:00Z' }),
        account('verlopen', { status: 'uitgenodigd', uitnodigingVerlooptOp: '2026-11-30T09:00:00Z' }),
        account('eerder', { status: 'uitgenodigd', uitnodigingVerlooptOp: '2026-12-03T09:00:00Z' }),
        account('weg', { team: 'opgeheven' }),
        account('uit', { team: 'opgeheven', status: 'gedeactiveerd' }),
      ],
      teams,
      NU,
    );
    expect(groepen.map((g) => [g.groep, g.items.map((i) => i.account.id)])).toEqual([
      ['uitnodiging-verlopen', ['verlopen']],
      ['uitnodiging-open', ['eerder', 'later']],
      ['zonder-team', ['weg']],
    ]);
    expect(groepen[1]!.items[0]!.termijn).toBe('2026-12-03T09:00:00Z');
    expect(groepen[2]!.items[0]!.termijn).toBeNull();
  });

  it('counts an invitation at the very moment it expires, or without a link, as expired', () => {
    const [groep] = beheerWerkInGroepen(
      [
        account('nu', { status: 'uitgenodigd', uitnodigingVerlooptOp: new Date(NU).toISOString() }),
        account('zonder', { status: 'uitgenodigd', uitnodigingVerlooptOp: null }),
      ],
      teams,
      NU,
    );
    expect(groep!.groep).toBe('uitnodiging-verlopen');
    expect(groep!.items.map((i) => i.account.id).sort()).toEqual(['nu', 'zonder']);
  });

  it('asks to invite again when the mail could not be sent, though the link has not expired', () => {
    const uitnodiging = {
      status: 'niet-verstuurd' as const,
      aan: 'mis@demo.deelwijs.nl',
      verlooptOp: '2026-12-08T09:00:00Z',
    };
    const groepen = beheerWerkInGroepen(
      [
        account('mis', { status: 'uitgenodigd', uitnodigingVerlooptOp: uitnodiging.verlooptOp, uitnodiging }),
        account('goed', {
          status: 'uitgenodigd',
          uitnodigingVerlooptOp: uitnodiging.verlooptOp,
          uitnodiging: { ...uitnodiging, status: 'verstuurd', verstuurdOp: '2026-12-01T09:00:00Z' },
        }),
      ],
      teams,
      NU,
    );
    expect(groepen.map((g) => [g.groep, g.items.map((i) => i.account.id)])).toEqual([
      ['uitnodiging-verlopen', ['mis']],
      ['uitnodiging-open', ['goed']],
    ]);
  });

  it('asks nothing when all are active in an existing team', () => {
    expect(beheerWerkInGroepen([account('a', {}), account('b', {})], teams, NU)).toEqual([]);
  });
});
