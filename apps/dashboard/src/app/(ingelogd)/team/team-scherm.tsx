'use client';

import { statusLabel, VolgendeActieId, volgendeActieLabel } from '@deelwijs/content';
import type { OverdrachtUitslag, Problem, TeamWerk } from '@deelwijs/contract';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';
import { formatMoment, termijnInWoorden } from '@/lib/datum';

type Casemanager = TeamWerk['casemanagers'][number];

const actieLabel = (actie: string | null) => {
  const id = VolgendeActieId.safeParse(actie);
  return id.success ? volgendeActieLabel[id.data] : actie;
};

const aantal = (n: number) => (n === 1 ? '1 open deelverzoek' : `${n} open deelverzoeken`);

/**
 * One casemanager's open work: choose some or all, a colleague and a reason, then confirm. The
 * confirmation says what will happen before anything moves.
 */
function Casemanagerwerk({ cm, collegas, nu }: { cm: Casemanager; collegas: Casemanager[]; nu: number }) {
  const router = useRouter();
  const verzend = useVerzending();
  const basis = useId();
  const [gekozen, setGekozen] = useState<Set<string>>(new Set());
  const [naar, setNaar] = useState('');
  const [reden, setReden] = useState('');
  const [bevestigen, setBevestigen] = useState<'gekozen' | 'alle' | null>(null);
  const [problem, setProblem] = useState<Problem>();
  const [uitslag, setUitslag] = useState<OverdrachtUitslag>();
  const [bezig, setBezig] = useState(false);
  const bevestiging = useRef<HTMLDivElement>(null);
  const ontvanger = collegas.find((c) => c.id === naar);
  const hoeveel = bevestigen === 'alle' ? cm.open.length : gekozen.size;
  const ontbreekt = [
    ...(naar ? [] : ['kies aan wie']),
    ...(reden.trim().length >= 5 ? [] : ['schrijf een reden (minstens 5 tekens)']),
  ];

  const wissel = (id: string) =>
    setGekozen((oud) => {
      const nieuw = new Set(oud);
      if (nieuw.has(id)) nieuw.delete(id);
      else nieuw.add(id);
      return nieuw;
    });

  const vraag = (wat: 'gekozen' | 'alle') => {
    setBevestigen(wat);
    setUitslag(undefined);
    setProblem(undefined);
    // Move focus to the question, so a keyboard or screen reader user meets it at once.
    setTimeout(() => bevestiging.current?.focus(), 0);
  };

  async function draagOver() {
    if (!bevestigen) return;
    setBezig(true);
    setProblem(undefined);
    const r = await verzend('POST', '/team/overdrachten', {
      van: cm.id,
      naar,
      reden,
      ...(bevestigen === 'gekozen' ? { deelverzoeken: [...gekozen] } : {}),
    });
    setBezig(false);
    setBevestigen(null);
    if (!r.ok) return setProblem(r.problem);
    setUitslag(r.data);
    setGekozen(new Set());
    setReden('');
    setNaar('');
    router.refresh();
  }

  return (
    <section
      aria-labelledby={`${basis}-kop`}
      className="mt-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`${basis}-kop`} className="text-lg font-semibold">
        {cm.naam} <span className="font-normal text-slate-600">· {aantal(cm.open.length)}</span>
      </h2>
      {cm.open.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Geen open deelverzoeken.</p>
      ) : (
        <>
          <table className="mt-3 w-full text-left text-sm">
            <caption className="sr-only">
              Open deelverzoeken van {cm.naam}, de eerstvolgende termijn bovenaan
            </caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th className="px-3 py-2">
                  <span className="sr-only">Kiezen</span>
                </th>
                <th className="px-3 py-2">Cliënt</th>
                <th className="px-3 py-2">Stand</th>
                <th className="px-3 py-2">Volgende termijn</th>
              </tr>
            </thead>
            <tbody>
              {cm.open.map((d) => (
                <tr key={d.id} className="border-t border-slate-200 align-top">
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      id={`${basis}-${d.id}`}
                      checked={gekozen.has(d.id)}
                      onChange={() => wissel(d.id)}
                    />
                  </td>
                  <td className="px-3 py-2">
                    <label htmlFor={`${basis}-${d.id}`} className="font-mono">
                      {d.client.pseudoniem}
                    </label>{' '}
                    <Link href={`/deelverzoeken/${d.id}`} className="ml-2">
                      Deelverzoek {d.id.slice(0, 8)} openen
                    </Link>
                  </td>
                  <td className="px-3 py-2">{statusLabel[d.status]}</td>
                  <td className="px-3 py-2">
                    {d.volgendeActieOp ? (
                      <>
                        {actieLabel(d.volgendeActie)}:{' '}
                        {termijnInWoorden(d.volgendeActieOp, nu, d.volgendeActieInWerkdagen)}{' '}
                        <time dateTime={d.volgendeActieOp} className="text-slate-600">
                          ({formatMoment(d.volgendeActieOp)})
                        </time>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>

          <fieldset className="mt-4 grid gap-3 sm:grid-cols-2">
            <legend className="text-sm font-semibold">Overdragen aan een collega</legend>
            <div>
              <label htmlFor={`${basis}-naar`} className="block text-sm">
                Aan wie
              </label>
              <select
                id={`${basis}-naar`}
                className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
                value={naar}
                onChange={(e) => setNaar(e.target.value)}
              >
                <option value="">Kies een casemanager</option>
                {collegas.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.naam} ({aantal(c.open.length)})
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${basis}-reden`} className="block text-sm">
                Reden (komt in het dossier)
              </label>
              <textarea
                id={`${basis}-reden`}
                className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
                rows={2}
                value={reden}
                onChange={(e) => setReden(e.target.value)}
              />
            </div>
          </fieldset>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <button
              type="button"
              className="knop"
              disabled={ontbreekt.length > 0 || gekozen.size === 0 || bezig}
              onClick={() => vraag('gekozen')}
            >
              Gekozen overdragen ({gekozen.size})
            </button>
            <button
              type="button"
              className="knop"
              disabled={ontbreekt.length > 0 || bezig}
              onClick={() => vraag('alle')}
            >
              Alles van {cm.naam} overdragen
            </button>
            {ontbreekt.length > 0 && (
              <p className="text-sm text-slate-700">Nog nodig: {ontbreekt.join(' en ')}.</p>
            )}
          </div>
        </>
      )}

      {bevestigen && ontvanger && (
        <div
          ref={bevestiging}
          tabIndex={-1}
          role="alertdialog"
          aria-labelledby={`${basis}-vraag`}
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <p id={`${basis}-vraag`} className="font-semibold">
            {hoeveel === 1 ? '1 deelverzoek' : `${hoeveel} deelverzoeken`} van {cm.naam} overdragen aan{' '}
            {ontvanger.naam}?
          </p>
          <p className="mt-1">
            Vanaf nu is {ontvanger.naam} verantwoordelijk. Herinneringen en termijnen gaan naar{' '}
            {ontvanger.naam}, en de deelverzoeken staan in de werkvoorraad van {ontvanger.naam}. In het
            dossier van elke cliënt komt een aantekening met uw naam, van wie naar wie, en de reden.{' '}
            {ontvanger.naam} krijgt een melding.
          </p>
          <div className="mt-3 flex gap-3">
            <button type="button" className="knop" onClick={draagOver} disabled={bezig}>
              Ja, overdragen
            </button>
            <button type="button" className="knop-licht" onClick={() => setBevestigen(null)} disabled={bezig}>
              Nee, terug
            </button>
          </div>
        </div>
      )}
      <div className="mt-3" aria-live="polite">
        <Foutmelding problem={problem} />
        {uitslag && (
          <div role="status" className="rounded-md border border-green-200 bg-green-50 p-3 text-sm">
            <p>
              {uitslag.overgedragen === 1 ? '1 deelverzoek' : `${uitslag.overgedragen} deelverzoeken`}{' '}
              overgedragen.
            </p>
            {uitslag.deelverzoeken
              .filter((d) => !d.overgedragen)
              .map((d) => (
                <p key={d.id}>
                  Niet overgedragen: <span className="font-mono">{d.client.pseudoniem}</span>. {d.bericht}
                </p>
              ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** The team's open work per casemanager, the next deadline first, without the doel (need to know). */
export function TeamScherm({ werk, nu }: { werk: TeamWerk; nu: number }) {
  return (
    <>
      <h1 className="text-2xl font-semibold">Open werk van het team</h1>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">
        Is een casemanager afwezig? Draag dan zijn of haar open deelverzoeken over aan een collega. De collega
        krijgt daarna de herinneringen en termijnen, zodat er niets blijft liggen.
      </p>
      {werk.casemanagers.map((cm) => (
        <Casemanagerwerk
          key={cm.id}
          cm={cm}
          collegas={werk.casemanagers.filter((c) => c.id !== cm.id)}
          nu={nu}
        />
      ))}
      {werk.zonderCasemanager.length > 0 && (
        <section aria-labelledby="zonder" className="mt-8">
          <h2 id="zonder" className="text-lg font-semibold">
            Open deelverzoeken zonder casemanager in het team
          </h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {werk.zonderCasemanager.map((d) => (
              <li key={d.id}>
                <span className="font-mono">{d.client.pseudoniem}</span> ({statusLabel[d.status]}):{' '}
                <Link href={`/deelverzoeken/${d.id}`}>deelverzoek {d.id.slice(0, 8)} openen</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
