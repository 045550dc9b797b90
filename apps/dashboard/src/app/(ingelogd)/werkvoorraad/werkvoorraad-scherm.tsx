import { HerinneringSoortId, herinneringTekst } from '@deelwijs/content';
import type { Werkvoorraad } from '@deelwijs/contract';
import Link from 'next/link';
import { formatMoment } from '@/lib/datum';
import { EigenWerk } from './eigen-werk';
import { GelezenKnop } from './gelezen-knop';
import type { ToezichtLijsten } from './groepen';
import { Taken } from './taken';
import { ToezichtWerk } from './toezicht-werk';

/** A reminder in the words of content for its kind; one of a kind content does not know keeps its own text. */
const herinnering = (n: { soort: string; tekst: string }) => {
  const soort = HerinneringSoortId.safeParse(n.soort);
  return soort.success ? herinneringTekst[soort.data] : n.tekst;
};

/**
 * The werkvoorraad as whoever is logged in sees it, from what the server fetched: the tasks waiting
 * for them (reviews and signatures; for the privacy officer what the toezicht finds overdue), their
 * reminders and (casemanager) their own open deelverzoeken by next step. No fetching here, so a
 * test renders it with a realistic Werkvoorraad.
 */
export function WerkvoorraadScherm({
  werkvoorraad,
  nu,
  magStarten,
  krijgtTaken,
  toezicht = null,
  magTeam = false,
}: {
  werkvoorraad: Werkvoorraad;
  /** The moment the deadlines are read against (ms). */
  nu: number;
  /** Whether this person may start a deelverzoek. */
  magStarten: boolean;
  /** Whether reviews, signatures or uitstel decisions can wait for this person (a casemanager only: no). */
  krijgtTaken: boolean;
  /** The privacy officer's lists from the toezicht; null for everyone else. */
  toezicht?: ToezichtLijsten | null;
  /** Whether this person oversees the team's open work (a leidinggevende). */
  magTeam?: boolean;
}) {
  const { taken, deelverzoeken, totaalOpen, notificaties } = werkvoorraad;
  const ongelezen = notificaties.filter((n) => !n.gelezen);
  const doelVan = new Map(deelverzoeken.map((d) => [d.id, d.doel]));
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
      {magStarten && <EigenWerk deelverzoeken={deelverzoeken} totaalOpen={totaalOpen} nu={nu} />}
      {toezicht && <ToezichtWerk lijsten={toezicht} nu={nu} />}
      {magTeam && (
        <p className="mt-4 text-sm">
          <Link href="/team">Het open werk van uw team, per casemanager</Link>
        </p>
      )}

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
                  {doelVan.has(n.deelverzoekId) && (
                    <p className="text-slate-600">Doel: {doelVan.get(n.deelverzoekId)}</p>
                  )}
                </div>
                {!n.gelezen && <GelezenKnop id={n.id} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
