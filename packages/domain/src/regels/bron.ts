import type { Bron } from '@deelwijs/content/bronnen/bron.schema';

/** A content source as one readable line, so a violation names the handbook page it comes from. */
export function bronTekst(bron: Bron): string {
  const deel = bron.hoofdstuk === 'Bijlage 1' ? 'Bijlage 1' : `hoofdstuk ${bron.hoofdstuk}`;
  const pagina = bron.paginaTot ? `p. ${bron.pagina}–${bron.paginaTot}` : `p. ${bron.pagina}`;
  return `Handleiding ${deel}, ${bron.titel} (${pagina})`;
}

/** The section of handbook chapter 4 that a step of the process comes from. */
export const bronAfweging = (afweging: string): string => `Handleiding hoofdstuk 4, afweging ${afweging}`;
