import type { Pagina, Paginering } from '@deelwijs/contract';

/** A page of a list with HAL-style links, as the Dutch API design rules suggest for paging. */
export function pagina<T>(pad: string, p: Paginering, items: T[], totaal: number): Pagina<T> {
  const link = (n: number) => `${pad}?pagina=${n}&perPagina=${p.perPagina}`;
  return {
    items,
    pagina: p.pagina,
    perPagina: p.perPagina,
    totaal,
    _links: {
      self: link(p.pagina),
      ...(p.pagina * p.perPagina < totaal ? { volgende: link(p.pagina + 1) } : {}),
      ...(p.pagina > 1 ? { vorige: link(p.pagina - 1) } : {}),
    },
  };
}
