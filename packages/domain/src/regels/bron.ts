import type { Bron } from '@deelwijs/content';

/** A content source as one readable line, so a violation names the handbook page it comes from. */
export function bronTekst(bron: Bron): string {
  const deel = bron.hoofdstuk === 'Bijlage 1' ? 'Bijlage 1' : `hoofdstuk ${bron.hoofdstuk}`;
  const pagina = bron.paginaTot ? `p. ${bron.pagina}–${bron.paginaTot}` : `p. ${bron.pagina}`;
  return `Handleiding ${deel}, ${bron.titel} (${pagina})`;
}
