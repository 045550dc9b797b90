import { describe, expect, it } from 'vitest';
import { Afweging, type AfwegingNode, controleerGraaf } from './afweging.schema';
import { afwegingen, vindAfweging } from './afwegingen';

/** Every path from the start, as node ids; throws on an edge to nowhere or a node revisited on a path. */
function allePaden(a: Afweging): string[][] {
  const nodes = new Map(a.nodes.map((n) => [n.id, n]));
  const paden: string[][] = [];
  const loop = (id: string, pad: string[]): void => {
    const node = nodes.get(id);
    if (!node) throw new Error(`Edge naar onbekende node ${id} (pad ${pad.join(' > ')})`);
    if (pad.includes(id)) throw new Error(`Kringloop bij ${id}`);
    const volgend = a.edges.filter((e) => e.van === id);
    if (volgend.length === 0) {
      paden.push([...pad, id]);
      return;
    }
    for (const e of volgend) loop(e.naar, [...pad, id]);
  };
  loop(a.start, []);
  return paden;
}

const nodeVan = (a: Afweging, id: string): AfwegingNode | undefined => a.nodes.find((n) => n.id === id);

describe('afwegingen', () => {
  it('are the six of the handbook, in order', () => {
    expect(afwegingen.map((a) => a.id)).toEqual(['1', '2', '3', '4a', '4b', '4c']);
  });

  describe.each(afwegingen.map((a) => [a.id, a] as const))('afweging %s', (_id, afweging) => {
    it('is valid per the zod schema', () => {
      const r = Afweging.safeParse(afweging);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 2)).toBe(true);
    });

    it('reaches every node from its start', () => {
      const bereikt = new Set(allePaden(afweging).flat());
      expect([...bereikt].sort()).toEqual(afweging.nodes.map((n) => n.id).sort());
    });

    it('ends every path in an outcome node', () => {
      const paden = allePaden(afweging);
      expect(paden.length).toBeGreaterThan(0);
      for (const pad of paden) {
        const laatste = pad[pad.length - 1] as string;
        expect(nodeVan(afweging, laatste)?.soort, pad.join(' > ')).toBe('uitkomst');
      }
    });

    it('gives every question exactly a ja and a nee edge', () => {
      for (const n of afweging.nodes.filter((x) => x.soort === 'vraag')) {
        const antwoorden = afweging.edges.filter((e) => e.van === n.id).map((e) => e.antwoord);
        expect(antwoorden.sort(), n.id).toEqual(['ja', 'nee']);
      }
    });

    it('has a case and reflective questions', () => {
      expect(afweging.casus.situatie.length).toBeGreaterThan(40);
      expect(afweging.reflectievragen.length).toBeGreaterThan(0);
      expect(new Set(afweging.reflectievragen.map((v) => v.id)).size).toBe(afweging.reflectievragen.length);
    });
  });

  it('lets every outcome that says "go to" point at an existing other afweging', () => {
    const ids = new Set(afwegingen.map((a) => a.id));
    for (const a of afwegingen) {
      for (const n of a.nodes) {
        if (n.soort !== 'uitkomst') continue;
        for (const v of n.vervolg) expect(ids.has(v.afweging), `${n.id} → ${v.afweging}`).toBe(true);
        if (n.uitkomst === 'ga-naar-afweging') expect(n.vervolg).toHaveLength(1);
      }
    }
  });

  it('keeps node ids unique across all afwegingen', () => {
    const ids = afwegingen.flatMap((a) => a.nodes.map((n) => n.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('follows the handbook flow: 1 ja → 2, 1 nee → verwijs door; any no in 2 → niet delen', () => {
    const a1 = vindAfweging('1');
    const ja = a1.edges.find((e) => e.van === a1.start && e.antwoord === 'ja');
    const nee = a1.edges.find((e) => e.van === a1.start && e.antwoord === 'nee');
    const jaNode = nodeVan(a1, ja?.naar ?? '');
    expect(jaNode?.soort === 'uitkomst' && jaNode.vervolg[0]?.afweging).toBe('2');
    expect(nodeVan(a1, nee?.naar ?? '')).toMatchObject({ uitkomst: 'verwijs-door' });

    const a2 = vindAfweging('2');
    for (const vraag of a2.nodes.filter((n) => n.soort === 'vraag')) {
      const doel = a2.edges.find((e) => e.van === vraag.id && e.antwoord === 'nee')?.naar ?? '';
      expect(nodeVan(a2, doel), vraag.id).toMatchObject({ uitkomst: 'niet-delen' });
    }
  });

  it('requires the leidinggevende for every sharing without consent and every doorbreking', () => {
    const zwaar = ['delen-zonder-toestemming', 'doorbreking-beroepsgeheim', 'melden-op-meldrecht'];
    for (const a of afwegingen) {
      for (const n of a.nodes) {
        if (n.soort === 'uitkomst' && zwaar.includes(n.uitkomst)) {
          expect(n.vereisten, n.id).toContain('akkoord-leidinggevende');
        }
      }
    }
    const delenZonderInformeren = afwegingen
      .flatMap((a) => a.nodes)
      .filter((n) => n.soort === 'uitkomst' && n.uitkomst === 'delen-zonder-vooraf-informeren');
    expect(delenZonderInformeren.length).toBeGreaterThan(0);
    for (const n of delenZonderInformeren)
      expect(n.soort === 'uitkomst' && n.vereisten).toContain('informeren-achteraf');
  });

  it('4a uses the five questions', () => {
    expect(vindAfweging('4a').reflectievragen).toHaveLength(5);
    expect(vindAfweging('4a').situaties).toHaveLength(3);
  });

  it('throws a Dutch error for an unknown afweging', () => {
    expect(() => vindAfweging('5' as never)).toThrow(/bestaat niet/);
  });
});

describe('graph validation catches broken graphs', () => {
  const basis = afwegingen[1] as Afweging;

  it('rejects a dangling edge', () => {
    const kapot = structuredClone(basis);
    kapot.edges.push({ van: 'a2.doel', naar: 'a2.bestaat-niet', antwoord: 'ja' });
    expect(controleerGraaf(kapot).join('\n')).toMatch(/onbekende node 'a2.bestaat-niet'/);
    expect(Afweging.safeParse(kapot).success).toBe(false);
  });

  it('rejects a question without a nee edge', () => {
    const kapot = structuredClone(basis);
    kapot.edges = kapot.edges.filter((e) => !(e.van === 'a2.grondslag' && e.antwoord === 'nee'));
    expect(controleerGraaf(kapot).join('\n')).toMatch(/a2.grondslag/);
  });

  it('rejects an unreachable node', () => {
    const kapot = structuredClone(basis);
    kapot.nodes.push({
      soort: 'uitkomst',
      id: 'a2.wees',
      uitkomst: 'niet-delen',
      tekst: 'x',
      vereisten: [],
      vervolg: [],
    });
    expect(controleerGraaf(kapot)).toContain("Node 'a2.wees' is vanaf de start niet bereikbaar.");
  });

  it('rejects a cycle', () => {
    const kapot = structuredClone(basis);
    const actie = kapot.edges.find((e) => e.van === 'a2.vastleggen');
    if (actie) actie.naar = 'a2.doel';
    expect(controleerGraaf(kapot).join('\n')).toMatch(/Kringloop/);
  });

  it('rejects an outcome with an outgoing edge', () => {
    const kapot = structuredClone(basis);
    kapot.edges.push({ van: 'a2.niet-delen', naar: 'a2.doel', antwoord: 'verder' });
    expect(controleerGraaf(kapot).join('\n')).toMatch(/a2.niet-delen/);
  });

  it('rejects a missing start node', () => {
    const kapot = { ...structuredClone(basis), start: 'a2.nergens' };
    expect(controleerGraaf(kapot)).toContain("Startnode 'a2.nergens' bestaat niet.");
  });
});
