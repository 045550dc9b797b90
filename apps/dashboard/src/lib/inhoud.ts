import type { Afweging, AfwegingId } from '@deelwijs/content';
import { beslisgraaf } from '@deelwijs/domain';

/**
 * The afweging as the content version the deelverzoek is pinned to has it: its title, questions
 * and edges. The wizard asks exactly these, so screen and rule read the same graph.
 */
export const afwegingVan = (contentVersie: string, id: AfwegingId): Afweging =>
  beslisgraaf(contentVersie, id);
