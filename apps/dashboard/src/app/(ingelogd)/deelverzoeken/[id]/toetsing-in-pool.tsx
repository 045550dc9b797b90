'use client';

import { werkMarkeringLabel } from '@deelwijs/content';
import type { ToetsingInPoolView } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useVerzending } from '@/lib/api.client';
import { formatMoment } from '@/lib/datum';

/**
 * A review in the team's pool, as a collega who has not taken it sees it: only what is needed to
 * decide to take it. Taking it makes it theirs; the page then shows the whole weighing.
 */
export function ToetsingInPool({ view }: { view: ToetsingInPoolView }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  return (
    <section aria-labelledby="pool">
      <p className="text-sm text-slate-600">
        Deelverzoek voor cliënt <span className="font-mono">{view.client.pseudoniem}</span>
      </p>
      <h1 id="pool" className="mt-1 text-2xl font-semibold">
        Collegiale toetsing in de pool van uw team
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <dt className="text-slate-600">Afweging</dt>
        <dd>{view.afweging ? `Afweging ${view.afweging}` : '—'}</dd>
        <dt className="text-slate-600">Spoed</dt>
        <dd>{view.spoed ? werkMarkeringLabel.spoed : 'Geen spoed'}</dd>
        <dt className="text-slate-600">Termijn</dt>
        <dd>
          {view.uiterlijk ? <time dateTime={view.uiterlijk}>{formatMoment(view.uiterlijk)}</time> : '—'}
        </dd>
      </dl>
      <p className="mt-4 text-sm">
        U ziet de hele afweging pas als u de toetsing oppakt. Daarna is zij aan u toegewezen.
      </p>
      <button
        type="button"
        className="knop mt-4"
        disabled={bezig}
        onClick={async () => {
          setBezig(true);
          const r = await verzend('POST', `/deelverzoeken/${view.deelverzoekId}/opdrachten`, {
            volgnummer: view.volgnummer,
            opdracht: { soort: 'toetsing-oppakken' },
          });
          setBezig(false);
          if (r.ok) router.refresh();
          else setFout(r.problem.detail);
        }}
      >
        Toetsing oppakken
      </button>
      {fout && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {fout}
        </p>
      )}
    </section>
  );
}
