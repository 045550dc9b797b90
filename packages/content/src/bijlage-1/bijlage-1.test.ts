import { describe, expect, it } from 'vitest';
import { bijlage1 } from './bijlage-1';
import { Bijlage1, Bijlage1Regel, DomeinId, GegevenscategorieId, PetId } from './bijlage-1.schema';
import { bijlage1Regels, vindBijlage1Regel } from './regels';

/** Every domain × role row of Bijlage 1 (pages 20–25), as read from the handbook. */
const VERWACHT: [DomeinId, PetId][] = [
  ['jeugd', 'gemeente-jeugdwet'],
  ['jeugd', 'jeugdzorgwerker'],
  ['veilig-thuis', 'veilig-thuis'],
  ['veilig-thuis', 'hulpverlener-melder-veilig-thuis'],
  ['gezondheidszorg', 'zorgverlener'],
  ['gezondheidszorg', 'gemeente-gezondheidszorg'],
  ['gezondheidszorg', 'big-zorgverlener'],
  ['wmo', 'gemeente-wmo'],
  ['wmo', 'aanbieder-wmo'],
  ['psychologen-pedagogen', 'psycholoog-pedagoog-jeugdzorg'],
  ['psychologen-pedagogen', 'psycholoog-pedagoog-gezondheidszorg'],
  ['psychologen-pedagogen', 'psycholoog-pedagoog-eigen-praktijk'],
  ['sociaal-werk', 'sociaal-werker'],
  ['onderwijs', 'leerkracht'],
  ['onderwijs', 'passend-onderwijs'],
  ['leerplicht', 'leerplichtambtenaar'],
  ['politie', 'politiefunctionaris'],
  ['sociaal-domein', 'ambtenaar-sociaal-domein'],
  ['participatiewet', 'uitvoerder-participatiewet'],
];

const cats = (r: Bijlage1Regel, soort: 'welDelen' | 'nietDelen'): GegevenscategorieId[] =>
  r[soort].map((d) => d.categorie);

describe('Bijlage 1', () => {
  it('validates as a whole', () => {
    const r = Bijlage1.safeParse(bijlage1);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 2)).toBe(true);
  });

  it('covers every domain and role the handbook lists, and nothing else', () => {
    const rijen = bijlage1Regels.map((r) => `${r.domein}/${r.pet}`);
    expect(rijen).toEqual(VERWACHT.map(([d, p]) => `${d}/${p}`));
  });

  it('has one row per pet and at least one per domain; the enums match the lists', () => {
    expect(bijlage1Regels.map((r) => r.pet).sort()).toEqual([...PetId.options].sort());
    for (const d of DomeinId.options)
      expect(
        bijlage1Regels.some((r) => r.domein === d),
        d,
      ).toBe(true);
    expect(bijlage1.petten.map((p) => p.id).sort()).toEqual([...PetId.options].sort());
    expect(bijlage1.gegevenscategorieen.map((c) => c.id).sort()).toEqual(
      [...GegevenscategorieId.options].sort(),
    );
  });

  it('marks consent as unusable for municipal pets, but usable for the leerplichtambtenaar', () => {
    for (const pet of [
      'gemeente-jeugdwet',
      'gemeente-wmo',
      'gemeente-gezondheidszorg',
      'ambtenaar-sociaal-domein',
      'uitvoerder-participatiewet',
    ] as const) {
      expect(vindBijlage1Regel(pet).toestemmingBruikbaar, pet).toBe(false);
      expect(
        vindBijlage1Regel(pet).routes.some((r) => r.grondslag === 'toestemming'),
        pet,
      ).toBe(false);
    }
    expect(vindBijlage1Regel('leerplichtambtenaar').toestemmingBruikbaar).toBe(true);
  });

  it('lets the gemeente share NAW, BSN, support and expectations, but not the plan or the file', () => {
    for (const pet of ['gemeente-jeugdwet', 'gemeente-wmo'] as const) {
      const r = vindBijlage1Regel(pet);
      expect(cats(r, 'welDelen')).toEqual(
        expect.arrayContaining(['naw', 'bsn', 'ondersteuningsbehoefte', 'verwachtingen', 'inzet-andere-wet']),
      );
      expect(cats(r, 'nietDelen')).toEqual(expect.arrayContaining(['plan-van-aanpak', 'clientdossier']));
      expect(r.routes.map((x) => x.grondslag)).toEqual(['publieke-taak', 'vitaal-belang']);
      expect(r.informatieplicht).toBe('verplicht');
    }
  });

  it('records every sharing without consent with its reasons', () => {
    for (const r of bijlage1Regels.filter((x) => x.zonderToestemmingMogelijk)) {
      expect(r.vastleggen, r.pet).toContain('delen-zonder-toestemming-motiveren');
    }
  });

  it('keeps vitaal belang exceptional and without consent wherever it appears', () => {
    const vitaal = bijlage1Regels.flatMap((r) => r.routes.filter((x) => x.grondslag === 'vitaal-belang'));
    expect(vitaal.length).toBeGreaterThanOrEqual(10);
    for (const v of vitaal) expect(v).toMatchObject({ zonderToestemming: true, uitzonderlijk: true });
  });

  it('knows the special regimes: police outside the AVG, meldrecht for BIG, Veilig Thuis without consent', () => {
    const politie = vindBijlage1Regel('politiefunctionaris');
    expect(politie.avgVanToepassing).toBe(false);
    expect(
      politie.routes.every((r) => r.grondslag === null && r.wettelijkeBasis?.includes('politiegegevens')),
    ).toBe(true);

    const big = vindBijlage1Regel('big-zorgverlener');
    expect(big.beroepsgeheim).toBe('big');
    expect(big.routes.find((r) => r.uitzondering === 'meldrecht')?.ontvangers).toEqual(['veilig-thuis']);

    expect(vindBijlage1Regel('veilig-thuis').zonderToestemmingMogelijk).toBe(true);
    expect(vindBijlage1Regel('zorgverlener').zonderToestemmingMogelijk).toBe(false);
    expect(cats(vindBijlage1Regel('jeugdzorgwerker'), 'nietDelen')).toContain('diagnostische-gegevens');
  });

  it('gives "see above" rows the rules of the row they point to', () => {
    const verwijzend = bijlage1Regels.filter((r) => r.verwijstNaar !== null);
    expect(verwijzend.map((r) => [r.pet, r.verwijstNaar])).toEqual([
      ['psycholoog-pedagoog-jeugdzorg', 'jeugdzorgwerker'],
      ['psycholoog-pedagoog-gezondheidszorg', 'zorgverlener'],
    ]);
    for (const r of verwijzend) {
      const doel = vindBijlage1Regel(r.verwijstNaar as PetId);
      expect(r.routes).toEqual(doel.routes);
      expect(r.welDelen).toEqual(doel.welDelen);
      expect(r.nietDelen).toEqual(doel.nietDelen);
      expect(r.toestemmingBruikbaar).toBe(doel.toestemmingBruikbaar);
    }
  });

  it('cites a Bijlage 1 page between 20 and 25 for every row', () => {
    for (const r of bijlage1Regels) {
      expect(r.bron.hoofdstuk).toBe('Bijlage 1');
      expect(r.bron.pagina).toBeGreaterThanOrEqual(20);
      expect(r.bron.pagina).toBeLessThanOrEqual(25);
    }
  });

  describe('the row schema refuses inconsistent rows', () => {
    const gemeente = vindBijlage1Regel('gemeente-wmo');

    it('consent as a route for a pet that cannot use consent', () => {
      const kapot = structuredClone(gemeente);
      kapot.routes.push({
        grondslag: 'toestemming',
        doel: 'x',
        ontvangers: [],
        zonderToestemming: false,
        uitzonderlijk: false,
        voorwaarden: [],
      });
      expect(Bijlage1Regel.safeParse(kapot).success).toBe(false);
    });

    it('a flag that contradicts the routes', () => {
      expect(Bijlage1Regel.safeParse({ ...gemeente, zonderToestemmingMogelijk: false }).success).toBe(false);
    });

    it('sharing without consent that is not recorded', () => {
      expect(Bijlage1Regel.safeParse({ ...gemeente, vastleggen: ['informeren-client'] }).success).toBe(false);
    });

    it('an unknown data category', () => {
      const kapot = { ...gemeente, welDelen: [{ categorie: 'alles', met: [] }] };
      expect(Bijlage1Regel.safeParse(kapot).success).toBe(false);
    });
  });

  it('throws a Dutch error for a pet without a row', () => {
    expect(() => vindBijlage1Regel('brandweer' as PetId)).toThrow(/kent geen regel/);
  });
});
