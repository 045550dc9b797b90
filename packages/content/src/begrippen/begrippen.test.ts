import { describe, expect, it } from 'vitest';
import { handleiding_2025_1_0 } from '../versie/handleiding';
import { controleerVerwijzingen, Handleiding, verwezenBegrippen } from '../versie/handleiding.schema';
import { Begrip, BegripId, begripAnker, begrippen } from './begrippen';

describe('begrippenlijst', () => {
  it('validates every term', () => {
    for (const b of begrippen) expect(Begrip.safeParse(b).success, b.id).toBe(true);
  });

  it('has exactly one entry per term id', () => {
    expect(begrippen.map((b) => b.id).sort()).toEqual([...BegripId.options].sort());
  });

  it('contains all twenty terms of the handbook glossary', () => {
    const uitLijst = begrippen
      .filter((b) => b.herkomst === 'begrippenlijst')
      .map((b) => b.term.toLowerCase());
    expect(uitLijst).toHaveLength(20);
    for (const term of [
      'anonimiseren',
      'grondslag',
      'subsidiariteit',
      'vitaal belang',
      'welbepaald',
      'wgbo',
    ]) {
      expect(uitLijst).toContain(term);
    }
  });

  it('resolves every reference in the handbook to an existing term', () => {
    const ids = new Set(begrippen.map((b) => b.id));
    const verwezen = verwezenBegrippen({ ...handleiding_2025_1_0, begrippen: [] });
    expect(verwezen.size).toBeGreaterThan(15);
    for (const id of verwezen) expect(ids.has(id), id).toBe(true);
    for (const b of begrippen) for (const z of b.zieOok) expect(ids.has(z), `${b.id} → ${z}`).toBe(true);
  });

  it('is used: every term is referenced outside the glossary or from another term', () => {
    const vanBuiten = verwezenBegrippen({ ...handleiding_2025_1_0, begrippen: [] });
    const vanAnder = new Set(begrippen.flatMap((b) => b.zieOok.filter((z) => z !== b.id)));
    const ongebruikt = begrippen.filter((b) => !vanBuiten.has(b.id) && !vanAnder.has(b.id)).map((b) => b.id);
    expect(ongebruikt).toEqual([]);
  });

  it('flags a reference to a term that was removed from the list', () => {
    const zonderGrondslag = {
      ...handleiding_2025_1_0,
      begrippen: handleiding_2025_1_0.begrippen.filter((b) => b.id !== 'grondslag'),
    };
    expect(controleerVerwijzingen(zonderGrondslag)).toContain(
      "Begrip 'grondslag' wordt gebruikt maar staat niet in de begrippenlijst.",
    );
    expect(Handleiding.safeParse(zonderGrondslag).success).toBe(false);
  });

  it('builds stable anchors', () => {
    expect(begripAnker('vitaal-belang')).toBe('begrip-vitaal-belang');
  });
});
