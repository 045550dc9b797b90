import { standaardBeleid } from '@deelwijs/content';
import { describe, expect, it } from 'vitest';
import { bijToestemming, weigering } from '../../test/fixtures';
import { procestermijn } from './termijnen';

describe('procestermijn', () => {
  it('runs the consent clock while asking', () => {
    expect(procestermijn(bijToestemming().proces, standaardBeleid)).toEqual({
      klok: 'toestemming',
      herinneringZonderPoging: '2026-11-27T10:00:00.000Z',
      beslismoment: '2026-12-08T10:00:00.000Z',
    });
  });

  it('runs no clock while the proposal for a doorbreking is being written', () => {
    expect(procestermijn(weigering().proces, standaardBeleid)).toBeNull();
  });
});
