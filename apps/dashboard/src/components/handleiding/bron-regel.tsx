import { type Bron, bronTekst } from '@/lib/handleiding';

/** Where in the handbook an item comes from. */
export function BronRegel({ bron }: { bron: Bron }) {
  return <p className="mt-2 text-xs text-slate-500">Bron: {bronTekst(bron)}</p>;
}
