import type { Bron } from '@deelwijs/content';
import { bronTekst } from '@deelwijs/domain';

/** Where in the handbook an item comes from. */
export function BronRegel({ bron }: { bron: Bron }) {
  return <p className="mt-2 text-xs text-slate-500">Bron: {bronTekst(bron)}</p>;
}
