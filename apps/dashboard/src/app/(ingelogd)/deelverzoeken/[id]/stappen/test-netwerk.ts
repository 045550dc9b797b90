import { standaardBeleid } from '@deelwijs/content';
import { type DeelverzoekProces, type Medewerker, type Opdracht, voerUit } from '@deelwijs/domain';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { door } from './test-processen';

/**
 * For the step tests: only the network is replaced. What a screen sends is recorded, and
 * `naVerzenden` gives it to the real domain, so a test shows where the form's command really leads.
 */
export function vangVerzonden(op = '2026-11-25T10:00:00.000Z') {
  const verzonden: Opdracht[] = [];
  beforeEach(() => {
    verzonden.length = 0;
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      verzonden.push(JSON.parse(String(init.body)).opdracht);
      throw new Error('geen netwerk in de test');
    });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  /** The one command sent, carried out by the domain as `wie`; the record is emptied for the next. */
  const naVerzenden = (p: DeelverzoekProces, wie: Medewerker = door) => {
    expect(verzonden).toHaveLength(1);
    const r = voerUit(p, verzonden[0]!, { door: wie, op, beleid: standaardBeleid });
    if (!r.ok) throw new Error(r.overtredingen.map((o) => o.bericht).join(' '));
    verzonden.length = 0;
    return r.waarde;
  };
  return { verzonden, naVerzenden };
}
