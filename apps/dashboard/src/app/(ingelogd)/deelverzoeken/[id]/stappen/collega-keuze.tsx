'use client';

import type { Problem, TeamCollega } from '@deelwijs/contract';
import { useEffect, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { apiLees } from '@/lib/api.client';

/** The deskundige collega's of my team (never me), read once when a step needs to name one. */
export function useTeamCollegas() {
  const [collegas, setCollegas] = useState<TeamCollega[]>();
  const [problem, setProblem] = useState<Problem>();
  useEffect(() => {
    let actueel = true;
    apiLees('/team/deskundige-collegas').then((r) => {
      if (!actueel) return;
      if (r.ok) setCollegas(r.data);
      else setProblem(r.problem);
    });
    return () => {
      actueel = false;
    };
  }, []);
  return { collegas, problem };
}

/** The option value that stands for the team's pool (an account id is never empty). */
export const POOL = '';

/**
 * A select of the team's deskundige collega's by name. With `pool`, the first option leaves it to
 * the team's pool; without, the first option only asks to choose. An id on record that the list no
 * longer holds (the account left the team) stays selectable, so the screen shows what is true.
 */
export function CollegaKeuze({
  label,
  waarde,
  onChange,
  pool = false,
  bekend,
}: {
  label: string;
  waarde: string;
  onChange: (id: string) => void;
  pool?: boolean;
  /** An id already on record, shown even when it is not in the list. */
  bekend?: string;
}) {
  const { collegas, problem } = useTeamCollegas();
  const lijst = collegas ?? [];
  const extra = bekend && bekend !== POOL && !lijst.some((c) => c.id === bekend) ? [bekend] : [];
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium">
        {label}
        <select
          className="veld mt-1"
          value={waarde}
          disabled={collegas === undefined && !problem}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value={POOL}>{pool ? 'De pool van het team' : 'Kies een collega'}</option>
          {lijst.map((c) => (
            <option key={c.id} value={c.id}>
              {c.naam}
            </option>
          ))}
          {extra.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
      {collegas?.length === 0 && (
        <p className="text-sm text-slate-600">Uw team heeft (nog) geen andere deskundige collega.</p>
      )}
      <Foutmelding problem={problem} />
    </div>
  );
}
