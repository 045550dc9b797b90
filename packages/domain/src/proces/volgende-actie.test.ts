import { Beleid, LabelTabel, standaardBeleid, volgendeActieLabel } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import {
  bijToestemming,
  collega,
  intrekken,
  ja1,
  oppakken,
  poging,
  sw,
  teInformeren,
  toetsing,
  Verloop,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import { VolgendeActie, volgendeActie } from './volgende-actie';

const actie = (v: Verloop) => volgendeActie(v.proces, standaardBeleid);

describe('volgendeActie', () => {
  it('keeps the values the werkvoorraad stores, each with its label in content', () => {
    expect(VolgendeActie.options).toEqual([
      'toestemming-vragen',
      'collegiale-toetsing',
      'akkoord-leidinggevende',
      'informeren-achteraf',
      'storing',
      'akkoord-achteraf',
      'uitstel-beoordelen',
    ]);
    expect(LabelTabel(VolgendeActie).safeParse(volgendeActieLabel).success).toBe(true);
  });

  it('asks for consent: the reminder before the first attempt, the moment to decide after it', () => {
    const v = bijToestemming();
    expect(actie(v)).toEqual({
      actie: 'toestemming-vragen',
      op: '2026-11-27T10:00:00.000Z',
      inWerkdagen: true,
    });
    v.doe(poging('geen-antwoord'));
    expect(actie(v)).toEqual({
      actie: 'toestemming-vragen',
      op: '2026-12-08T10:00:00.000Z',
      inWerkdagen: false,
    });
  });

  it('waits for the review, then for the signature', () => {
    const v = weigering().doe(voorstel());
    expect(actie(v)).toEqual({
      actie: 'collegiale-toetsing',
      op: '2026-11-25T10:00:00.000Z',
      inWerkdagen: true,
    });
    v.doe(oppakken, collega).doe(toetsing, collega);
    expect(actie(v)).toEqual({
      actie: 'akkoord-leidinggevende',
      op: '2026-11-26T10:00:00.000Z',
      inWerkdagen: true,
    });
  });

  it('gives an urgent signature (vitaal belang) the policy’s short term, counted in hours', () => {
    const v = weigering()
      .doe(voorstel({ grond: 'vitaal-belang' }))
      .doe(oppakken, collega)
      .doe(toetsing, collega);
    expect(actie(v)).toEqual({
      actie: 'akkoord-leidinggevende',
      op: '2026-11-24T14:00:00.000Z',
      inWerkdagen: false,
    });
  });

  it('waits for the client to be told afterwards, due at 30 days', () => {
    expect(actie(teInformeren())).toEqual({
      actie: 'informeren-achteraf',
      op: '2026-12-25T10:00:00.000Z',
      inWerkdagen: false,
    });
  });

  it('counts in the unit of the policy the process runs under', () => {
    const v = weigering().doe(voorstel()).doe(oppakken, collega).doe(toetsing, collega);
    const inUren = Beleid.parse({
      ...standaardBeleid,
      akkoordLeidinggevende: {
        ...standaardBeleid.akkoordLeidinggevende,
        termijn: { aantal: 16, eenheid: 'uren' },
      },
    });
    expect(volgendeActie(v.proces, inUren)).toEqual({
      actie: 'akkoord-leidinggevende',
      op: '2026-11-25T02:00:00.000Z',
      inWerkdagen: false,
    });
  });

  it.each([
    ['a weighing step', () => new Verloop(volwassene, sw).doe(ja1)],
    ['a proposal still being written', () => weigering()],
    ['a closed deelverzoek', () => bijToestemming().doe(intrekken)],
  ])('has nothing due in %s', (_, maak) => {
    expect(actie(maak())).toEqual({ actie: null, op: null, inWerkdagen: false });
  });
});
