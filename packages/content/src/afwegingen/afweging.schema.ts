import { z } from 'zod';
import { BegripId } from '../begrippen/begrippen';
import { Bron, Tekst } from '../bronnen/bron.schema';

export const AfwegingId = z.enum(['1', '2', '3', '4a', '4b', '4c']);
export type AfwegingId = z.infer<typeof AfwegingId>;

/** What the end of a path means; the domain maps these onto deelverzoek statuses. */
export const UitkomstSoort = z.enum([
  'verwijs-door',
  'niet-delen',
  'deelverzoek-aanpassen',
  'ga-naar-afweging',
  'vraag-toestemming',
  'delen-met-toestemming',
  'delen-zonder-toestemming',
  'delen-zonder-vooraf-informeren',
  'delen-op-wettelijke-plicht',
  'melden-op-meldrecht',
  'doorbreking-beroepsgeheim',
]);
export type UitkomstSoort = z.infer<typeof UitkomstSoort>;

/** Process steps an action or outcome demands before sharing may happen. */
export const Vereiste = z.enum([
  'dossieraantekening',
  'toestemming-vragen',
  'collegiale-toetsing',
  'akkoord-leidinggevende',
  'informeren-vooraf',
  'informeren-achteraf',
]);
export type Vereiste = z.infer<typeof Vereiste>;

const NodeId = z
  .string()
  .regex(/^a(1|2|3|4a|4b|4c)\.[a-z0-9-]+$/, 'Node-id heeft de vorm a<afweging>.<naam>.');

export const VraagNode = z
  .object({
    soort: z.literal('vraag'),
    id: NodeId,
    tekst: Tekst,
    toelichting: Tekst.optional(),
    begrippen: z.array(BegripId),
  })
  .strict();
export type VraagNode = z.infer<typeof VraagNode>;

export const ActieNode = z
  .object({
    soort: z.literal('actie'),
    id: NodeId,
    tekst: Tekst,
    vereisten: z.array(Vereiste),
  })
  .strict();

export type ActieNode = z.infer<typeof ActieNode>;

export const Vervolg = z.object({ afweging: AfwegingId, wanneer: Tekst }).strict();
export type Vervolg = z.infer<typeof Vervolg>;

export const UitkomstNode = z
  .object({
    soort: z.literal('uitkomst'),
    id: NodeId,
    uitkomst: UitkomstSoort,
    tekst: Tekst,
    vereisten: z.array(Vereiste),
    vervolg: z.array(Vervolg),
  })
  .strict();

export type UitkomstNode = z.infer<typeof UitkomstNode>;

export const AfwegingNode = z.discriminatedUnion('soort', [VraagNode, ActieNode, UitkomstNode]);
export type AfwegingNode = z.infer<typeof AfwegingNode>;

export const Antwoord = z.enum(['ja', 'nee', 'verder']);
export type Antwoord = z.infer<typeof Antwoord>;

export const Edge = z.object({ van: NodeId, naar: NodeId, antwoord: Antwoord }).strict();
export type Edge = z.infer<typeof Edge>;

export const Vraag = z.object({ id: z.string().regex(/^[a-z0-9-]+$/), tekst: Tekst }).strict();
export type Vraag = z.infer<typeof Vraag>;

export const Casus = z
  .object({
    titel: Tekst,
    situatie: Tekst,
    vraag: Tekst,
    uitwerking: Tekst,
  })
  .strict();
export type Casus = z.infer<typeof Casus>;

const AfwegingBasis = z
  .object({
    id: AfwegingId,
    titel: Tekst,
    kernvraag: Tekst,
    uitleg: z.array(Tekst).min(1),
    start: NodeId,
    nodes: z.array(AfwegingNode).min(2),
    edges: z.array(Edge).min(1),
    reflectievragen: z.array(Vraag).min(1),
    situaties: z.array(Tekst),
    casus: Casus,
    vastleggen: z.array(Tekst).min(1),
    begrippen: z.array(BegripId),
    bron: Bron,
  })
  .strict();

/**
 * Structural problems of one decision graph, in Dutch; empty when the graph is sound. A sound graph
 * has one start, edges only between known nodes, a ja and a nee edge on every question, one
 * `verder` edge on every action, no edges out of an outcome, every node reachable and no cycles.
 */
export function controleerGraaf(a: z.infer<typeof AfwegingBasis>): string[] {
  const fouten: string[] = [];
  const prefix = `a${a.id}.`;
  const nodes = new Map<string, AfwegingNode>();
  for (const n of a.nodes) {
    if (nodes.has(n.id)) fouten.push(`Node '${n.id}' komt twee keer voor.`);
    if (!n.id.startsWith(prefix)) fouten.push(`Node '${n.id}' hoort niet bij afweging ${a.id}.`);
    nodes.set(n.id, n);
  }
  if (!nodes.has(a.start)) fouten.push(`Startnode '${a.start}' bestaat niet.`);
  const uit = new Map<string, Edge[]>();
  for (const e of a.edges) {
    if (!nodes.has(e.van)) fouten.push(`Edge vanuit onbekende node '${e.van}'.`);
    if (!nodes.has(e.naar)) fouten.push(`Edge naar onbekende node '${e.naar}'.`);
    uit.set(e.van, [...(uit.get(e.van) ?? []), e]);
  }
  for (const n of nodes.values()) {
    const antwoorden = (uit.get(n.id) ?? []).map((e) => e.antwoord).sort();
    const verwacht = n.soort === 'vraag' ? ['ja', 'nee'] : n.soort === 'actie' ? ['verder'] : [];
    if (antwoorden.join(',') !== verwacht.join(',')) {
      fouten.push(
        `Node '${n.id}' (${n.soort}) heeft uitgaande antwoorden [${antwoorden.join(', ')}], verwacht [${verwacht.join(', ')}].`,
      );
    }
    if (n.soort === 'uitkomst') {
      if (n.uitkomst === 'ga-naar-afweging' && n.vervolg.length !== 1) {
        fouten.push(
          `Uitkomst '${n.id}' verwijst naar een andere afweging en moet precies één vervolg hebben.`,
        );
      }
      if (n.vervolg.some((v) => v.afweging === a.id && n.uitkomst === 'ga-naar-afweging')) {
        fouten.push(`Uitkomst '${n.id}' verwijst naar zijn eigen afweging.`);
      }
    }
  }
  // Reachability and cycles in one depth-first walk from the start.
  const bezocht = new Set<string>();
  const opPad = new Set<string>();
  const loop = (id: string): void => {
    if (opPad.has(id)) {
      fouten.push(`Kringloop in de graaf bij node '${id}'.`);
      return;
    }
    if (bezocht.has(id) || !nodes.has(id)) return;
    bezocht.add(id);
    opPad.add(id);
    for (const e of uit.get(id) ?? []) loop(e.naar);
    opPad.delete(id);
  };
  if (nodes.has(a.start)) loop(a.start);
  for (const id of nodes.keys()) {
    if (!bezocht.has(id)) fouten.push(`Node '${id}' is vanaf de start niet bereikbaar.`);
  }
  return fouten;
}

export const Afweging = AfwegingBasis.superRefine((a, ctx) => {
  for (const fout of controleerGraaf(a)) ctx.addIssue({ code: 'custom', message: fout, path: ['nodes'] });
});
export type Afweging = z.infer<typeof Afweging>;
