import { describe, expect, it } from 'vitest';
import {
  bijToestemming,
  casemanager,
  ctx,
  intrekken,
  leidinggevende,
  poging,
  teInformeren,
} from '../../test/fixtures';
import { volgendeActie } from '../proces/volgende-actie';
import { draagOver, eigenaarVan, type Overdracht } from './overdracht';

const TEAM = 'wijkteam-noord';
const naarBram = (extra: Partial<Overdracht['naar']> = {}): Overdracht => ({
  naar: { gebruikerId: 'casemanager-2', rollen: ['professional'], team: TEAM, ...extra },
  reden: 'Langdurig afwezig door ziekte.',
  team: TEAM,
  doorTeam: TEAM,
});
const OP = '2026-11-24T12:00:00.000Z';

describe('draagOver', () => {
  it('makes the colleague the owner, keeps the status, and writes who, from whom, to whom and why', () => {
    const v = bijToestemming();
    expect(eigenaarVan(v.proces)).toEqual({ gebruikerId: casemanager.gebruikerId });
    const r = draagOver(v.proces, naarBram(), ctx(leidinggevende, OP));
    if (!r.ok) throw new Error(JSON.stringify(r.overtredingen));
    const { proces, aantekeningen } = r.waarde;
    expect(proces.status).toBe(v.proces.status);
    expect(eigenaarVan(proces)).toEqual({ gebruikerId: 'casemanager-2' });
    expect(proces.volgnummer).toBe(v.proces.volgnummer + 1);
    expect(aantekeningen).toHaveLength(1);
    const [a] = aantekeningen;
    expect(a?.soort).toBe('overdracht');
    expect(a?.door).toEqual({ gebruikerId: leidinggevende.gebruikerId });
    expect(a?.tekst).toContain(leidinggevende.gebruikerId);
    expect(a?.tekst).toContain(`van casemanager ${casemanager.gebruikerId}`);
    expect(a?.tekst).toContain('aan casemanager casemanager-2');
    expect(a?.tekst).toContain('Langdurig afwezig door ziekte.');
    // The next action and its deadline are untouched: they move with the process to its new owner.
    expect(volgendeActie(proces, ctx(leidinggevende, OP).beleid)).toEqual(
      volgendeActie(v.proces, ctx(leidinggevende, OP).beleid),
    );
  });

  it('keeps the owner through the steps that follow', () => {
    const v = bijToestemming();
    const r = draagOver(v.proces, naarBram(), ctx(leidinggevende, OP));
    if (!r.ok) throw new Error('refused');
    v.proces = r.waarde.proces;
    v.doe(poging('ja'), { gebruikerId: 'casemanager-2', rollen: ['professional'] });
    expect(eigenaarVan(v.proces)).toEqual({ gebruikerId: 'casemanager-2' });
  });

  const codes = (...args: Parameters<typeof draagOver>) => {
    const r = draagOver(...args);
    return r.ok ? [] : r.overtredingen.map((o) => o.code);
  };

  it('refuses the same owner, someone who is no casemanager, another team, and a closed deelverzoek', () => {
    const p = bijToestemming().proces;
    const l = ctx(leidinggevende, OP);
    expect(codes(p, naarBram({ gebruikerId: casemanager.gebruikerId }), l)).toEqual([
      'overdracht-zelfde-eigenaar',
    ]);
    expect(codes(p, naarBram({ rollen: ['deskundige-collega'] }), l)).toEqual([
      'overdracht-geen-casemanager-van-het-team',
    ]);
    expect(codes(p, naarBram({ team: 'jeugdteam-zuid' }), l)).toEqual([
      'overdracht-geen-casemanager-van-het-team',
    ]);
    const dicht = bijToestemming().doe(intrekken).proces;
    expect(codes(dicht, naarBram(), l)).toEqual(['overdracht-afgesloten']);
  });

  it('refuses anyone but a leidinggevende of the team, and a reason of a few letters', () => {
    const p = teInformeren().proces;
    expect(codes(p, naarBram(), ctx(casemanager, OP))).toEqual(['overdracht-geen-leidinggevende']);
    expect(codes(p, { ...naarBram(), doorTeam: 'jeugdteam-zuid' }, ctx(leidinggevende, OP))).toEqual([
      'overdracht-geen-leidinggevende',
    ]);
    expect(codes(p, { ...naarBram(), reden: 'ok' }, ctx(leidinggevende, OP))).toEqual(['ongeldige-invoer']);
  });
});
