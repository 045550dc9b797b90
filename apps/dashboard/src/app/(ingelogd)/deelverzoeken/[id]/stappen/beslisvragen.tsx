'use client';

import type { Afweging, AfwegingNode } from '@deelwijs/content';
import type { Antwoorden, Pad } from '@deelwijs/domain';
import type { ReactNode } from 'react';
import { JaNee } from './velden';

/**
 * The questions of one afweging as its content graph asks them: each answer follows the graph's
 * edge to the next question, an action or the outcome, so the screen cannot ask what the graph
 * does not. `na` adds what a step asks beside the graph, after the node it belongs to.
 */
export function Beslisvragen({
  pad,
  antwoorden,
  onAntwoord,
  na,
  verberg = () => false,
}: {
  pad: Pad;
  antwoorden: Antwoorden;
  onAntwoord: (vraag: string, ja: boolean) => void;
  na?: (node: AfwegingNode) => ReactNode;
  verberg?: (node: AfwegingNode) => boolean;
}) {
  return (
    <>
      {pad.nodes.map((n) => (
        <div key={n.id} className="space-y-2" data-node={n.id}>
          {verberg(n) ? null : n.soort === 'vraag' ? (
            <JaNee
              naam={n.id}
              vraag={n.tekst}
              uitleg={n.toelichting}
              waarde={antwoorden[n.id]}
              onChange={(ja) => onAntwoord(n.id, ja)}
            />
          ) : n.soort === 'actie' ? (
            <p className="text-sm text-slate-700">{n.tekst}</p>
          ) : (
            <p role="status" className="rounded-md bg-merk-licht p-3 text-sm font-medium">
              {n.tekst}
            </p>
          )}
          {na?.(n)}
        </div>
      ))}
    </>
  );
}

/** Only the answers to questions on the path: an answer left behind by a changed earlier one is not sent. */
export const opHetPad = (pad: Pad, antwoorden: Antwoorden): Antwoorden =>
  Object.fromEntries(pad.nodes.filter((n) => n.soort === 'vraag').map((n) => [n.id, antwoorden[n.id]]));

/** The text of a node of the graph by its id (content). */
export const nodeTekst = (afweging: Afweging, id: string): string =>
  afweging.nodes.find((n) => n.id === id)?.tekst ?? '';

/** The node an answer on a question leads to, by the graph's edge. */
export const gevolgVan = (afweging: Afweging, vraag: string, ja: boolean) =>
  afweging.nodes.find(
    (n) => n.id === afweging.edges.find((e) => e.van === vraag && e.antwoord === (ja ? 'ja' : 'nee'))?.naar,
  );
