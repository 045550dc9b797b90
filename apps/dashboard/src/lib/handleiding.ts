import { type BegripId, begripAnker, type WetsArtikel } from '@deelwijs/content';

/**
 * Where the handbook's sections live in the dashboard. The data comes over HTTP, typed by
 * @deelwijs/contract; the labels for its ids are content's (`@deelwijs/content`, labels/).
 */

export const begripHref = (id: BegripId) => `/handleiding/begrippen#${begripAnker(id)}`;

export const wetsartikelTekst = (a: WetsArtikel) =>
  `${a.wet} art. ${a.artikel}${a.onderwerp ? ` (${a.onderwerp})` : ''}`;

/** Where each section of the handbook lives in the dashboard. */
export const onderdeelPad: Record<string, string> = {
  afwegingen: '/handleiding/afwegingen',
  grondslagen: '/handleiding/grondslagen',
  'bijlage-1': '/handleiding/wat-mag-ik-delen',
  beroepsgeheim: '/handleiding/beroepsgeheim',
  vertegenwoordiging: '/handleiding/vertegenwoordiging',
  vuistregels: '/handleiding/vuistregels',
  begrippen: '/handleiding/begrippen',
};
