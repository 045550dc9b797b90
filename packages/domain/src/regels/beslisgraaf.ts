import type {
  Afweging,
  AfwegingId,
  AfwegingNode,
  UitkomstNode,
  UitkomstSoort,
  VraagNode,
} from '@deelwijs/content/afwegingen/afweging.schema';
import { contentVersies } from '@deelwijs/content/versie/versies';
import { bronAfweging } from './bron';
import { gelukt, geweigerd, overtreding, type Resultaat } from './resultaat';

/** Answers to the questions of one afweging by node id; a question not (yet) asked has none. */
export type Antwoorden = Readonly<Record<string, boolean | undefined>>;

/** A walk through one decision graph: what was passed, and where it stopped. */
export interface Pad {
  /** Every node walked, in order, the last one included. */
  nodes: AfwegingNode[];
  /** An outcome, or the first question on the way that has no answer yet. */
  eind: { soort: 'uitkomst'; node: UitkomstNode } | { soort: 'open'; node: VraagNode };
}

/**
 * The decision graph of one afweging in the content version a process is pinned to. Versions are
 * never removed from the register, so a pinned one is always there.
 */
export function beslisgraaf(contentVersie: string, id: AfwegingId): Afweging {
  const afweging = contentVersies[contentVersie]?.afwegingen.find((a) => a.id === id);
  if (!afweging) throw new Error(`Afweging ${id} staat niet in contentversie ${contentVersie}.`);
  return afweging;
}

/**
 * Follows the graph's edges from its start: a question's answer picks the ja or nee edge, an action
 * goes on. So what an answer leads to is what the handbook's graph says, for the screen and the rule
 * alike. Content is validated to be acyclic with an edge for every answer, so the walk ends.
 */
export function volgPad(afweging: Afweging, antwoorden: Antwoorden): Pad {
  const nodes = new Map(afweging.nodes.map((n) => [n.id, n]));
  const gelopen: AfwegingNode[] = [];
  let id = afweging.start;
  for (;;) {
    const node = nodes.get(id) as AfwegingNode;
    gelopen.push(node);
    if (node.soort === 'uitkomst') return { nodes: gelopen, eind: { soort: 'uitkomst', node } };
    const antwoord = node.soort === 'actie' ? 'verder' : antwoordVan(antwoorden[node.id]);
    if (antwoord === undefined) return { nodes: gelopen, eind: { soort: 'open', node: node as VraagNode } };
    id = (afweging.edges.find((e) => e.van === node.id && e.antwoord === antwoord) as { naar: string }).naar;
  }
}

const antwoordVan = (ja: boolean | undefined) => (ja === undefined ? undefined : ja ? 'ja' : 'nee');

/** The questions of a graph, in the order they are defined. */
export const vragenVan = (afweging: Afweging): VraagNode[] =>
  afweging.nodes.filter((n): n is VraagNode => n.soort === 'vraag');

/**
 * The outcome of afweging `id` in this content version for these answers, or a refusal naming the
 * question the graph reaches that is still unanswered.
 */
export function uitkomstVan(
  contentVersie: string,
  id: AfwegingId,
  antwoorden: Antwoorden,
): Resultaat<UitkomstSoort> {
  const { eind } = volgPad(beslisgraaf(contentVersie, id), antwoorden);
  if (eind.soort === 'uitkomst') return gelukt(eind.node.uitkomst);
  return geweigerd(
    overtreding(
      `afweging-${id}-onvolledig`,
      `Beantwoord eerst deze vraag van afweging ${id}: ${eind.node.tekst}`,
      bronAfweging(id),
    ),
  );
}
