import { describe, expect, it } from 'vitest';
import { Opdracht } from '../proces/proces.schema';
import type { Gebruikersrol } from './functiescheiding';
import { controleerOpdrachtRol, magOpdrachtGeven, opdrachtRollen } from './opdracht-rollen';

const SOORTEN = Opdracht.options.map((o) => o.shape.soort.value);

describe('who may give which command', () => {
  it('names the roles for every kind of command, and only those kinds', () => {
    expect(Object.keys(opdrachtRollen).sort()).toEqual([...SOORTEN].sort());
    for (const rollen of Object.values(opdrachtRollen)) expect(rollen.length).toBeGreaterThan(0);
  });

  it.each<[string, Gebruikersrol[], string, boolean]>([
    ['a casemanager answers afweging 2', ['professional'], 'afweging-2', true],
    ['a leidinggevende answers afweging 1', ['leidinggevende'], 'afweging-1', false],
    ['a leidinggevende records a toetsing', ['leidinggevende'], 'collegiale-toetsing', false],
    [
      'a leidinggevende who is also a deskundige collega records a toetsing',
      ['leidinggevende', 'deskundige-collega'],
      'collegiale-toetsing',
      true,
    ],
    ['a casemanager records a toetsing', ['professional'], 'collegiale-toetsing', false],
    [
      'a deskundige collega takes a toetsing from the pool',
      ['deskundige-collega'],
      'toetsing-oppakken',
      true,
    ],
    ['a deskundige collega signs', ['deskundige-collega'], 'akkoord-leidinggevende', false],
    ['a leidinggevende signs', ['leidinggevende'], 'akkoord-leidinggevende', true],
    ['a leidinggevende decides on an uitstel', ['leidinggevende'], 'uitstel-besluit', true],
    ['a casemanager decides on their own uitstel', ['professional'], 'uitstel-besluit', false],
    ['a privacy officer shares', ['privacy-officer'], 'verstrekking', false],
    ['a functioneel beheerder withdraws a deelverzoek', ['functioneel-beheerder'], 'intrekken', false],
    ['someone without roles does anything', [], 'afweging-1', false],
  ])('%s: %s', (_, rollen, soort, mag) => {
    expect(magOpdrachtGeven(soort as keyof typeof opdrachtRollen, rollen)).toBe(mag);
    const fout = controleerOpdrachtRol(soort as keyof typeof opdrachtRollen, { gebruikerId: 'x', rollen });
    expect(fout === undefined).toBe(mag);
  });

  it('says in Dutch which role it takes', () => {
    expect(
      controleerOpdrachtRol('akkoord-leidinggevende', { gebruikerId: 'x', rollen: ['professional'] }),
    ).toEqual({
      code: 'rol-mag-opdracht-niet-geven',
      bericht:
        'Met uw rol kunt u dit niet doen ("akkoord-leidinggevende"). Dit kan alleen een leidinggevende.',
      bron: expect.stringContaining('collegiale toetsing, akkoord leidinggevende'),
    });
    expect(
      controleerOpdrachtRol('afweging-3', { gebruikerId: 'x', rollen: ['privacy-officer'] })?.bericht,
    ).toBe(
      'Met uw rol kunt u dit niet doen ("afweging-3"). Dit kan alleen een professional of een deskundige collega.',
    );
  });
});
