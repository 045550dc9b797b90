import { describe, expect, it } from 'vitest';
import { kortNummer } from './kort-nummer';

describe('kortNummer', () => {
  it('names a deelverzoek by the first eight characters of its id', () => {
    expect(kortNummer('3f2a9c1e-0b7d-4c2a-9e11-5d6f7a8b9c0d')).toBe('3f2a9c1e');
  });

  it('tells two deelverzoeken of one client apart', () => {
    expect(kortNummer('3f2a9c1e-0000-4000-8000-000000000001')).not.toBe(
      kortNummer('7b04d2aa-0000-4000-8000-000000000001'),
    );
  });
});
