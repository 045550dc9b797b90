import type { Pagina, Paginering } from '@deelwijs/contract';

/** A page of a list with HAL-style links, as the Dutch API design rules suggest for paging. */
export function pagina<T>(
  pad: string,
  p: Paginering,
  items: T[],
  totaal: number,
  /** The list's own filters, kept in every link. */
  filters: Record<string, string | undefined> = {},
): Pagina<T> {
  const vast = Object.entries(filters)
    .flatMap(([k, v]) => (v === undefined ? [] : [`&${k}=${encodeURIComponent(v)}`]))
    .join('');
  const link = (n: number) => `${pad}?pagina=${n}&perPagina=${p.perPagina}${vast}`;
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
