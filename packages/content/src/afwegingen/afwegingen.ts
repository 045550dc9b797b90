import type { Afweging, AfwegingId } from './afweging.schema';
import { afweging1 } from './afweging-1';
import { afweging2 } from './afweging-2';
import { afweging3 } from './afweging-3';
import { afweging4a } from './afweging-4a';
import { afweging4b } from './afweging-4b';
import { afweging4c } from './afweging-4c';

/** The afwegingen in the order of the handbook. */
export const afwegingen: Afweging[] = [afweging1, afweging2, afweging3, afweging4a, afweging4b, afweging4c];

export function vindAfweging(id: AfwegingId, lijst: readonly Afweging[] = afwegingen): Afweging {
  const gevonden = lijst.find((a) => a.id === id);
  if (!gevonden) throw new Error(`Afweging ${id} bestaat niet in deze contentversie.`);
  return gevonden;
}
