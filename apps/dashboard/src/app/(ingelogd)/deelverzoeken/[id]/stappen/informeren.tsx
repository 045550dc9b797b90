'use client';

import { informerenKop, informerenUitleg, pogingWijzeLabel } from '@deelwijs/content';
import { type Partij, type PogingWijze, type ProcesIn, partijSleutel } from '@deelwijs/domain';
import { useState } from 'react';
import { formatMoment } from '@/lib/datum';
import { useOpdracht } from './gebruik-opdracht';
import { Toelichting, Vastleggen } from './velden';
import { nuLokaal } from './verstrekking-velden';

type MetInformeren = ProcesIn<'toestemming' | 'verstrekking'>;

/** One party who is told rather than asked: whether that is on record, else the form to record it. */
function Informeren({ proces, partij, naam }: { proces: MetInformeren; partij: Partij; naam: string }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [wijze, setWijze] = useState<PogingWijze>('gesprek');
  const [op, setOp] = useState(nuLokaal);
  const [toelichting, setToelichting] = useState('');
  // The last record counts: the domain appends, it never replaces one.
  const gedaan = (proces.geinformeerd ?? [])
    .filter((g) => partijSleutel(g.partij) === partijSleutel(partij))
    .at(-1);
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 text-sm">
      <legend className="px-1 font-medium">
        {informerenKop}: {naam}
      </legend>
      {gedaan ? (
        <p role="status">
          Geïnformeerd op {formatMoment(gedaan.op)} ({pogingWijzeLabel[gedaan.wijze].toLowerCase()}):{' '}
          {gedaan.toelichting}
        </p>
      ) : (
        <>
          <p role="status">Nog niet geïnformeerd.</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block font-medium">
              Hoe geïnformeerd
              <select
                className="veld mt-1"
                value={wijze}
                onChange={(e) => setWijze(e.target.value as PogingWijze)}
              >
                {Object.entries(pogingWijzeLabel).map(([id, tekst]) => (
                  <option key={id} value={id}>
                    {tekst}
                  </option>
                ))}
              </select>
            </label>
            <label className="block font-medium">
              Wanneer geïnformeerd
              <input
                type="datetime-local"
                className="veld mt-1"
                value={op}
                onChange={(e) => setOp(e.target.value)}
              />
            </label>
          </div>
          <Toelichting label="Hoe legde u het uit?" waarde={toelichting} onChange={setToelichting} />
          <Vastleggen
            label="Informeren vastleggen"
            problem={problem}
            bezig={bezig}
            disabled={op === ''}
            ontbreekt="wanneer u het vertelde."
            onClick={() =>
              verstuur({
                soort: 'partij-geinformeerd',
                informeren: { partij, op: new Date(op).toISOString(), wijze, toelichting },
              })
            }
          />
        </>
      )}
    </fieldset>
  );
}

/** Everyone the domain says is told rather than asked (e.g. a child under 12), one row each. */
export function PartijenInformeren({
  proces,
  naamVan,
}: {
  proces: MetInformeren;
  naamVan: (p: Partij) => string;
}) {
  const informeren = proces.wieMoetToestemmen?.informeren ?? [];
  if (informeren.length === 0) return null;
  return (
    <div className="space-y-2">
      <p className="text-sm">{informerenUitleg}</p>
      {informeren.map((p) => (
        <Informeren key={partijSleutel(p)} proces={proces} partij={p} naam={naamVan(p)} />
      ))}
    </div>
  );
}
