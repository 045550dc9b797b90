import { describe, expect, it } from 'vitest';
import {
  afweging2,
  bijToestemming,
  ja1,
  ja3,
  professional,
  Verloop,
  volwassene,
  voorstel,
  weigering,
} from '../../test/fixtures';
import { DeelverzoekProces } from './proces.schema';

const alsJson = (p: unknown) => JSON.parse(JSON.stringify(p));
const fouten = (p: unknown) => DeelverzoekProces.safeParse(alsJson(p)).error?.issues ?? [];

/** The gemeente works on its public task: afweging 3 goes straight to sharing, nobody is asked. */
const zonderToestemming = () =>
  new Verloop(volwassene, professional('gemeente-wmo', 'ambtelijk', 'gemeente'))
    .doe(ja1)
    .doe(
      afweging2({ grondslag: 'publieke-taak', motivering: 'Beoordelen welke voorziening nodig is.' }, [
        'ondersteuningsbehoefte',
      ]),
    )
    .doe(ja3);

describe('DeelverzoekProces', () => {
  it('reads a state back as it was written (the workflow query result)', () => {
    const { proces } = bijToestemming();
    expect(DeelverzoekProces.parse(alsJson(proces))).toMatchObject({
      status: 'toestemming',
      wieMoetToestemmen: proces.wieMoetToestemmen,
      toestemmingGevraagdVanaf: proces.toestemmingGevraagdVanaf,
    });
  });

  it('refuses a state whose status differs from its deelverzoek', () => {
    const { proces } = bijToestemming();
    expect(fouten({ ...proces, status: 'afweging-3' })).toEqual([
      expect.objectContaining({
        path: ['status'],
        message: 'De status van het proces en van het deelverzoek lopen uiteen.',
      }),
    ]);
  });

  it('refuses a process asking consent without knowing who must give it', () => {
    const { proces } = bijToestemming();
    expect(fouten({ ...proces, wieMoetToestemmen: undefined })).not.toEqual([]);
  });

  it('lets data move without anyone asked only on a route that needs no consent', () => {
    const { proces } = zonderToestemming();
    expect(proces.status).toBe('verstrekking');
    expect(fouten(proces)).toEqual([]);
    const metToestemmingVereist = { ...proces, inhoud: { ...proces.inhoud, routeSoort: 'met-toestemming' } };
    expect(fouten(metToestemmingVereist)).not.toEqual([]);
  });

  it('refuses a doorbreking under review without the proposal it reviews', () => {
    const { proces } = weigering().doe(voorstel());
    expect(fouten(proces)).toEqual([]);
    expect(fouten({ ...proces, afweging4: { ...proces.afweging4, voorstel: undefined } })).not.toEqual([]);
  });
});
