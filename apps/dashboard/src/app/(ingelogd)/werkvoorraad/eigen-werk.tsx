import {
  type EigenWerkGroepId,
  eigenWerkGroepBijMij,
  eigenWerkGroepLabel,
  statusLabel,
} from '@deelwijs/content';
import type { DeelverzoekView } from '@deelwijs/contract';
import Link from 'next/link';
import { StatusLabel } from '@/components/status-label';
import { eigenWerkInGroepen } from './groepen';
import { Termijn } from './termijn';

/**
 * The casemanager's own open deelverzoeken, one list per kind of next step: first what is up to
 * them, then what waits on a collega or a leidinggevende; the nearest deadline first in each.
 */
export function EigenWerk({
  deelverzoeken,
  totaalOpen,
  nu,
}: {
  deelverzoeken: DeelverzoekView[];
  totaalOpen: number;
  nu: number;
}) {
  const groepen = eigenWerkInGroepen(deelverzoeken);
  return (
    <section aria-labelledby="open" className="mt-8">
      <h2 id="open" className="text-lg font-semibold">
        Mijn open deelverzoeken ({totaalOpen})
      </h2>
      {groepen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Niets open. Alle deelverzoeken zijn afgesloten.</p>
      ) : (
        groepen.map(({ groep, items }) => <Groep key={groep} groep={groep} items={items} nu={nu} />)
      )}
      {totaalOpen > deelverzoeken.length && (
        <p className="mt-3 text-sm text-slate-600">
          De eerste {deelverzoeken.length} staan hier; <Link href="/deelverzoeken">alle deelverzoeken</Link>.
        </p>
      )}
    </section>
  );
}

function Groep({ groep, items, nu }: { groep: EigenWerkGroepId; items: DeelverzoekView[]; nu: number }) {
  const kop = `open-${groep}`;
  return (
    <section aria-labelledby={kop} className="mt-4">
      <h3 id={kop} className="text-base font-semibold">
        {eigenWerkGroepLabel[groep]} ({items.length})
      </h3>
      <ul className="mt-2 space-y-2">
        {items.map((d) => (
          <li
            key={d.id}
            className={`flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-md p-3 text-sm ring-1 ${eigenWerkGroepBijMij[groep] ? 'bg-white ring-slate-300' : 'bg-slate-50 ring-slate-200'}`}
          >
            <span className="font-mono font-medium">{d.client.pseudoniem}</span>
            <Link href={`/deelverzoeken/${d.id}`}>{d.doel}</Link>
            <StatusLabel label={statusLabel[d.status]} afgesloten={d.afgesloten} />
            <span className="ml-auto">
              <Termijn uiterlijk={d.volgendeActieOp} inWerkdagen={d.volgendeActieInWerkdagen} nu={nu} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
