import { describe, expect, it } from 'vitest';
import { startDeelverzoek } from '../deelverzoek/start';
import { beantwoordAfweging1 } from './afweging-1';
import { Afweging1Antwoord } from './afweging-1.schema';

const { deelverzoek } = startDeelverzoek({
  id: '6f1c1e0a-4a8e-4b7f-9a51-0c7a3f1f2d11',
  aanvraag: {
    clientId: '0b8f0d6e-2f4c-4d5e-8a1b-3c2d1e0f9a87',
    doel: 'Hulp bij het leggen van contact',
    ontvangers: [{ organisatie: 'GGZ-instelling' }],
  },
  door: { gebruikerId: 'casemanager-1' },
  op: '2026-11-23T09:00:00.000Z',
  contentVersie: '2025.1.0',
  beleidVersie: 'standaard-2025.1',
});
const door = { gebruikerId: 'casemanager-1' };
const op = '2026-11-23T10:00:00.000Z';

describe('beantwoordAfweging1', () => {
  it.each([
    [true, undefined, 'afweging-2'],
    [false, 'de GGZ-instelling', 'doorverwezen'],
  ] as const)('hoortBijMij=%s → %s', (hoortBijMij, doorverwezenNaar, status) => {
    const r = beantwoordAfweging1(
      deelverzoek,
      2,
      { hoortBijMij, toelichting: 'Besproken met de cliënt', doorverwezenNaar },
      door,
      op,
    );
    expect(r.ok && r.waarde.deelverzoek.status).toBe(status);
    expect(r.ok && r.waarde.aantekeningen.map((a) => a.id)).toEqual([`${deelverzoek.id}:0002`]);
  });

  it('refuses a second answer, citing afweging 1', () => {
    const eerste = beantwoordAfweging1(
      deelverzoek,
      2,
      { hoortBijMij: true, toelichting: 'Past bij mijn taak' },
      door,
      op,
    );
    if (!eerste.ok) throw new Error('first answer should be accepted');
    const tweede = beantwoordAfweging1(
      eerste.waarde.deelverzoek,
      3,
      { hoortBijMij: false, toelichting: 'Toch niet', doorverwezenNaar: 'GGD' },
      door,
      op,
    );
    expect(tweede).toEqual({
      ok: false,
      overtredingen: [
        expect.objectContaining({
          code: 'afweging-1-al-beantwoord',
          bron: expect.stringContaining('afweging 1'),
        }),
      ],
    });
  });

  it('refuses an answer the graph cannot place', () => {
    const r = beantwoordAfweging1(
      deelverzoek,
      2,
      { hoortBijMij: undefined as unknown as boolean, toelichting: 'Weet ik nog niet' },
      door,
      op,
    );
    expect(r.ok || r.overtredingen.map((o) => o.code)).toEqual(['afweging-1-onvolledig']);
  });

  it('asks for the recipient of a referral', () => {
    const r = Afweging1Antwoord.safeParse({ hoortBijMij: false, toelichting: 'Hoort bij de GGD' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Noem bij een doorverwijzing naar wie u de cliënt verwijst.');
  });
});
