'use client';

import type { Dossiercontrole, Problem } from '@deelwijs/contract';
import { useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';
import { formatMoment } from '@/lib/datum';

/**
 * The privacy officer runs the check of every dossier's hash chain on demand (the scheduled
 * workflow does it too) and sees what it found: ids and positions only, never content.
 */
export function DossiercontroleKnop() {
  const verzend = useVerzending();
  const [uitslag, setUitslag] = useState<Dossiercontrole>();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  async function controleer() {
    setProblem(undefined);
    setBezig(true);
    const r = await verzend('POST', '/dossiercontroles');
    setBezig(false);
    if (r.ok) setUitslag(r.data);
    else setProblem(r.problem);
  }

  return (
    <div className="mt-3">
      <button type="button" className="knop" onClick={controleer} disabled={bezig}>
        Dossiers nu controleren
      </button>
      <div className="mt-3" aria-live="polite">
        <Foutmelding problem={problem} />
        {uitslag && (
          <div className="text-sm">
            <p>
              Gecontroleerd op {formatMoment(uitslag.gecontroleerdOp)}: {uitslag.clienten} dossiers met{' '}
              {uitslag.aantekeningen} aantekeningen.{' '}
              {uitslag.bevindingen.length === 0
                ? 'Alles is in orde: niets is gewijzigd, weggehaald of verschoven.'
                : `${uitslag.bevindingen.length} bevinding(en):`}
            </p>
            {uitslag.bevindingen.length > 0 && (
              <ul className="mt-2 list-disc pl-5">
                {uitslag.bevindingen.map((b) => (
                  <li key={`${b.clientId}:${b.soort}:${b.aantekeningId ?? b.ketenVolgnummer ?? ''}`}>
                    {b.uitleg}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
