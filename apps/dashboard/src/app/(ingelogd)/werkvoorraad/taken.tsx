import {
  WerkGroepId as WerkGroepen,
  type WerkGroepId,
  type WerkMarkeringId,
  werkGroepLabel,
  werkGroepVan,
  werkMarkeringLabel,
  werkSoortLabel,
} from '@deelwijs/content';
import type { WerkItem } from '@deelwijs/contract';
import { kortNummer } from '@deelwijs/domain';
import Link from 'next/link';
import { Termijn } from './termijn';

/** Shared at once in acute danger outranks urgent; both are named on the item, not only by its place. */
const markering = (t: WerkItem): WerkMarkeringId | null =>
  t.soort === 'akkoord-achteraf' ? 'acuut-gedeeld' : t.spoed ? 'spoed' : null;

const MARKERING_KLEUR: Record<WerkMarkeringId, string> = {
  'acuut-gedeeld': 'bg-red-700 text-white',
  spoed: 'bg-amber-200 text-amber-950',
};

/** The groups that have items, in content's order; within a group the API's order (acute, urgent, deadline) stays. */
const inGroepen = (taken: WerkItem[]) =>
  WerkGroepen.options
    .map((groep) => ({ groep, items: taken.filter((t) => werkGroepVan[t.soort] === groep) }))
    .filter((g) => g.items.length > 0);

function Item({ taak, nu }: { taak: WerkItem; nu: number }) {
  const m = markering(taak);
  return (
    <li className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-md bg-white p-3 text-sm ring-1 ring-slate-200">
      <Link href={`/deelverzoeken/${taak.deelverzoekId}`} className="font-mono font-medium">
        {taak.client.pseudoniem}
        {/* A screen reader's list of links tells one client's tasks apart by what they ask. */}
        <span className="sr-only">: {werkSoortLabel[taak.soort]}</span>
      </Link>
      {m && (
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${MARKERING_KLEUR[m]}`}>
          {werkMarkeringLabel[m]}
        </span>
      )}
      {taak.afweging && <span>Afweging {taak.afweging}</span>}
      {/* Two tasks for one client differ by their number, as in the reminders. */}
      <span className="text-slate-600">nummer {kortNummer(taak.deelverzoekId)}</span>
      <span className="ml-auto">
        <Termijn uiterlijk={taak.uiterlijk} inWerkdagen={taak.inWerkdagen} nu={nu} />
      </span>
    </li>
  );
}

/**
 * The reviews, signatures and uitstel decisions waiting for whoever is logged in, one list per
 * group under its own heading; a group without items is left out. Only what a list may show (no
 * doel, no weighing): the pool must not reveal more than a collega needs to take a review.
 */
export function Taken({ taken, nu }: { taken: WerkItem[]; nu: number }) {
  const groepen = inGroepen(taken);
  return (
    <section aria-labelledby="taken" className="mt-6">
      <h2 id="taken" className="text-lg font-semibold">
        Mijn taken
      </h2>
      {groepen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Er wacht nu geen toetsing, akkoord of uitstel op u.</p>
      ) : (
        groepen.map(({ groep, items }) => <Groep key={groep} groep={groep} items={items} nu={nu} />)
      )}
    </section>
  );
}

function Groep({ groep, items, nu }: { groep: WerkGroepId; items: WerkItem[]; nu: number }) {
  const kop = `taken-${groep}`;
  return (
    <section aria-labelledby={kop} className="mt-4">
      <h3 id={kop} className="text-base font-semibold">
        {werkGroepLabel[groep]}
      </h3>
      <ul className="mt-2 space-y-2">
        {items.map((t) => (
          <Item key={`${t.soort}-${t.deelverzoekId}`} taak={t} nu={nu} />
        ))}
      </ul>
    </section>
  );
}
