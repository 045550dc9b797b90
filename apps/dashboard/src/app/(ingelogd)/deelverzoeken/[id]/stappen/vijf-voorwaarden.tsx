'use client';

import { type ConflictVanPlichten, voorwaardenConflictVanPlichten } from '@deelwijs/domain';
import { JaNee, Toelichting } from './velden';

export type Sleutel = keyof ConflictVanPlichten;
/** One condition as it is being answered: no answer yet is not a no. */
export type VoorwaardeInvoer = { voldaan?: boolean; onderbouwing: string };
export type VoorwaardenInvoer = Record<Sleutel, VoorwaardeInvoer>;

export const legeVoorwaarden = (): VoorwaardenInvoer =>
  Object.fromEntries(
    voorwaardenConflictVanPlichten.map((v) => [v.sleutel, { onderbouwing: '' }]),
  ) as VoorwaardenInvoer;

/** The conditions answered no, in the handbook's order. */
export const nietVoldaan = (invoer: VoorwaardenInvoer) =>
  voorwaardenConflictVanPlichten.filter((v) => invoer[v.sleutel].voldaan === false);

/** All five answered, as the domain takes them; undefined while one is open. */
export function alsVoorwaarden(invoer: VoorwaardenInvoer): ConflictVanPlichten | undefined {
  if (voorwaardenConflictVanPlichten.some((v) => invoer[v.sleutel].voldaan === undefined)) return undefined;
  return Object.fromEntries(
    voorwaardenConflictVanPlichten.map((v) => [
      v.sleutel,
      { voldaan: invoer[v.sleutel].voldaan === true, onderbouwing: invoer[v.sleutel].onderbouwing },
    ]),
  ) as ConflictVanPlichten;
}

/**
 * The five conditions of a conflict van plichten, each with the handbook's wording beside it
 * (content, by id) and a required motivation. A no shows at once that nothing will be shared.
 */
export function VijfVoorwaarden({
  invoer,
  onChange,
}: {
  invoer: VoorwaardenInvoer;
  onChange: (v: VoorwaardenInvoer) => void;
}) {
  const zet = (s: Sleutel, v: Partial<VoorwaardeInvoer>) =>
    onChange({ ...invoer, [s]: { ...invoer[s], ...v } });
  return (
    <ol aria-label="De vijf vragen" className="space-y-3">
      {voorwaardenConflictVanPlichten.map((v) => (
        <li key={v.id} className="space-y-2" data-voorwaarde={v.id}>
          <JaNee
            naam={`voorwaarde-${v.id}`}
            vraag={`${v.nummer}. ${v.vraag}`}
            uitleg={v.tekst}
            waarde={invoer[v.sleutel].voldaan}
            onChange={(voldaan) => zet(v.sleutel, { voldaan })}
          />
          <Toelichting
            label={`Onderbouwing bij vraag ${v.nummer} (verplicht)`}
            waarde={invoer[v.sleutel].onderbouwing}
            onChange={(onderbouwing) => zet(v.sleutel, { onderbouwing })}
          />
          {invoer[v.sleutel].voldaan === false && (
            <p role="status" className="rounded-md bg-amber-50 p-3 text-sm font-medium">
              Voorwaarde {v.nummer} is niet vervuld: er wordt niet gedeeld. {v.nietVoldaan}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
