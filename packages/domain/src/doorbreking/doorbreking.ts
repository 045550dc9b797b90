import { type BeroepsgeheimKlasse, beroepsgeheim } from '@deelwijs/content/beroepsgeheim/beroepsgeheim';
import type { Afweging4 } from './doorbreking.schema';

/** Classes for which afweging 4c applies, read from the content (BIG and SKJ). */
const AFWEGING_4C = new Set(beroepsgeheim.dragers.filter((d) => d.afweging4c).map((d) => d.klasse));

/** A professional with medical or youth-care secrecy weighs 4c; everyone else 4a. */
export const afweging4Voor = (klasse: BeroepsgeheimKlasse): Afweging4 =>
  AFWEGING_4C.has(klasse) ? '4c' : '4a';
