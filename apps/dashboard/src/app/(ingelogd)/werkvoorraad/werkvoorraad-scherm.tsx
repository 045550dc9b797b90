import {
  HerinneringSoortId,
  herinneringTekst,
  statusLabel,
  VolgendeActieId,
  volgendeActieLabel,
} from '@deelwijs/content';
import type { Werkvoorraad } from '@deelwijs/contract';
import Link from 'next/link';
import { StatusLabel } from '@/components/status-label';
import { formatMoment, termijnInWoorden } from '@/lib/datum';
import { GelezenKnop } from './gelezen-knop';
import { Taken } from './taken';

/** The next action as the werkvoorraad names it (content); an unknown value is shown as it is. */
const actieLabel = (actie: string | null) => {
  const id = VolgendeActieId.safeParse(actie);
  return id.success ? volgendeActieLabel[id.data] : actie;
};

/** A reminder in the words of content for its kind; one of a kind content does not know keeps its own text. */
const herinnering = (n: { soort: string; tekst: string }) => {
  const soort = HerinneringSoortId.safeParse(n.soort);
  return soort.success ? herinneringTekst[soort.data] : n.tekst;
};

/**
 * The werkvoorraad as whoever is logged in sees it, from what the server fetched: the tasks waiting
 * for them, their reminders and (casemanager) the team's open deelverzoeken. No fetching here, so a
 * test renders it with a realistic Werkvoorraad.
 */
export function WerkvoorraadScherm({
  werkvoorraad,
  nu,
  magStarten,
  krijgtTaken,
}: {
  werkvoorraad: Werkvoorraad;
  /** The moment the deadlines are read against (ms). */
  nu: number;
  /** Whether this person may start a deelverzoek. */
  magStarten: boolean;
  /** Whether reviews, signatures or uitstel decisions can wait for this person (a casemanager only: no). */
  krijgtTaken: boolean;
}) {
  const { taken, deelverzoeken, totaalOpen, notificaties } = werkvoorraad;
  const ongelezen = notificaties.filter((n) => !n.gelezen);
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Werkvoorraad</h1>
        {magStarten && (
          <Link href="/deelverzoeken/nieuw" className="knop">
            Nieuw deelverzoek
          </Link>
        )}
      </div>

      {(krijgtTaken || taken.length > 0) && <Taken taken={taken} nu={nu} />}

      <section aria-labelledby="meldingen" className="mt-8">
        <h2 id="meldingen" className="text-lg font-semibold">
          Herinneringen{' '}
          {ongelezen.length > 0 && (
            <span className="ml-1 rounded-full bg-red-600 px-2 text-sm text-white">{ongelezen.length}</span>
          )}
        </h2>
        {notificaties.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Geen herinneringen.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {notificaties.map((n) => (
              <li
                key={n.id}
                className={`flex items-start justify-between gap-4 rounded-md p-3 text-sm ring-1 ${n.gelezen ? 'bg-white ring-slate-200' : 'bg-amber-50 ring-amber-300'}`}
              >
                <div>
                  <p className="text-xs text-slate-500">{formatMoment(n.aangemaaktOp)}</p>
                  <p>{herinnering(n)}</p>
                  <Link href={`/deelverzoeken/${n.deelverzoekId}`}>
                    Naar het deelverzoek voor <span className="font-mono">{n.deelverzoek.pseudoniem}</span>{' '}
                    (nummer {n.deelverzoek.kort})
                  </Link>
                </div>
                {!n.gelezen && <GelezenKnop id={n.id} />}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="open" className="mt-8">
        <h2 id="open" className="text-lg font-semibold">
          Mijn open deelverzoeken ({totaalOpen})
        </h2>
        {deelverzoeken.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">Niets open. Alle deelverzoeken zijn afgesloten.</p>
        ) : (
          <table className="mt-3 w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
            <caption className="sr-only">
              Open deelverzoeken waarvoor u verantwoordelijk bent, de eerstvolgende termijn bovenaan
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-4 py-2">Cliënt</th>
                <th className="px-4 py-2">Doel</th>
                <th className="px-4 py-2">Stand</th>
                <th className="px-4 py-2">Volgende termijn</th>
              </tr>
            </thead>
            <tbody>
              {deelverzoeken.map((d) => {
                const telaat = d.volgendeActieOp !== null && Date.parse(d.volgendeActieOp) < nu;
                return (
                  <tr key={d.id} className="border-t border-slate-200 align-top">
                    <td className="px-4 py-2 font-mono">{d.client.pseudoniem}</td>
                    <td className="px-4 py-2">
                      <Link href={`/deelverzoeken/${d.id}`}>{d.doel}</Link>
                    </td>
                    <td className="px-4 py-2">
                      <StatusLabel label={statusLabel[d.status]} afgesloten={d.afgesloten} />
                    </td>
                    <td className={`px-4 py-2 ${telaat ? 'font-semibold text-red-700' : ''}`}>
                      {d.volgendeActieOp ? (
                        <>
                          {actieLabel(d.volgendeActie)}: {termijnInWoorden(d.volgendeActieOp, nu)}{' '}
                          <time dateTime={d.volgendeActieOp} className="font-normal text-slate-600">
                            ({formatMoment(d.volgendeActieOp)})
                          </time>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
