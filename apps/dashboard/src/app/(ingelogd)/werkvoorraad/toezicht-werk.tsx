import { type ToezichtWerkGroepId, toezichtWerkGroepLabel } from '@deelwijs/content';
import Link from 'next/link';
import { formatMoment } from '@/lib/datum';
import { type ToezichtItem, type ToezichtLijsten, toezichtWerkInGroepen } from './groepen';
import { Termijn } from './termijn';

/**
 * What waits for the privacy officer, from the same lists as the toezicht: process metadata only
 * (pseudonym, team, why, the deadline), each linked to the deelverzoek's drill-down.
 */
export function ToezichtWerk({ lijsten, nu }: { lijsten: ToezichtLijsten; nu: number }) {
  const groepen = toezichtWerkInGroepen(lijsten);
  return (
    <section aria-labelledby="toezicht-werk" className="mt-6">
      <h2 id="toezicht-werk" className="text-lg font-semibold">
        Wat nu op u wacht
      </h2>
      {groepen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Niets te laat: geen cliënt wacht op informatie achteraf, geen handtekening is over de termijn en
          geen toestemming is vastgelopen.
        </p>
      ) : (
        groepen.map(({ groep, items }) => <Groep key={groep} groep={groep} items={items} nu={nu} />)
      )}
      <p className="mt-4 text-sm">
        <Link href="/toezicht">Naar het toezicht: overzicht, verloop en dossiercontrole</Link>
      </p>
    </section>
  );
}

function Groep({ groep, items, nu }: { groep: ToezichtWerkGroepId; items: ToezichtItem[]; nu: number }) {
  const kop = `toezicht-${groep}`;
  return (
    <section aria-labelledby={kop} className="mt-4">
      <h3 id={kop} className="text-base font-semibold">
        {toezichtWerkGroepLabel[groep]} ({items.length})
      </h3>
      <ul className="mt-2 space-y-2">
        {items.map((t) => (
          <li
            key={t.deelverzoekId}
            className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded-md bg-white p-3 text-sm ring-1 ring-slate-200"
          >
            <Link href={`/toezicht/deelverzoeken/${t.deelverzoekId}`} className="font-mono font-medium">
              {t.pseudoniem}
              <span className="sr-only">: {t.waarom}</span>
            </Link>
            <span>{t.waarom}</span>
            <span className="text-slate-600">Team {t.team}</span>
            <span className="ml-auto">
              {t.uiterlijk ? (
                <Termijn uiterlijk={t.uiterlijk} inWerkdagen={t.inWerkdagen} nu={nu} />
              ) : t.afgewezenOp ? (
                <span className="font-semibold text-red-700">
                  Afgewezen op <time dateTime={t.afgewezenOp}>{formatMoment(t.afgewezenOp)}</time>
                </span>
              ) : (
                <Termijn uiterlijk={null} nu={nu} />
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
