'use client';

import type { Problem, Team } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';
import { useVerzending } from '@/lib/api.client';

export function TeamFormulier() {
  const router = useRouter();
  const verzend = useVerzending();
  const [naam, setNaam] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [gemaakt, setGemaakt] = useState<string>();

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const resultaat = await verzend('POST', '/teams', { naam });
    if (!resultaat.ok) {
      setProblem(resultaat.problem);
      return;
    }
    setProblem(undefined);
    setGemaakt(resultaat.data.naam);
    setNaam('');
    router.refresh();
  }

  return (
    <form onSubmit={verstuur} noValidate className="mt-3 space-y-3">
      <FoutOverzicht problem={problem} velden={{ naam: 'teamnaam' }} />
      {gemaakt && (
        <p role="status" className="text-sm text-green-900">
          Team {gemaakt} is aangemaakt.
        </p>
      )}
      <div>
        <label htmlFor="teamnaam" className="block text-sm font-medium">
          Naam van het team
        </label>
        <input
          id="teamnaam"
          className="veld mt-1"
          value={naam}
          onChange={(e) => setNaam(e.target.value)}
          aria-invalid={Boolean(foutVoor(problem, 'naam'))}
          aria-describedby="teamnaam-fout"
        />
        <span id="teamnaam-fout" className="text-sm text-red-700">
          {foutVoor(problem, 'naam')}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="knop"
          disabled={naam.trim().length < 2}
          aria-describedby={naam.trim().length < 2 ? 'team-nodig' : undefined}
        >
          Team aanmaken
        </button>
        {naam.trim().length < 2 && (
          <span id="team-nodig" className="text-sm text-slate-600">
            Nog nodig: een naam van minstens 2 tekens.
          </span>
        )}
      </div>
    </form>
  );
}

export function TeamHernoemen({ team }: { team: Team }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [naam, setNaam] = useState(team.naam);
  const [problem, setProblem] = useState<Problem>();
  const id = `hernoem-${team.id}`;

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const resultaat = await verzend('POST', `/teams/${team.id}/hernoemen`, { naam });
    if (resultaat.ok) {
      setProblem(undefined);
      router.refresh();
    } else setProblem(resultaat.problem);
  }

  const fout = foutVoor(problem, 'naam') ?? (problem && !problem.fouten ? problem.detail : undefined);
  return (
    <form onSubmit={verstuur} noValidate className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Nieuwe naam voor {team.naam}
      </label>
      <input
        id={id}
        className="veld w-56"
        value={naam}
        onChange={(e) => setNaam(e.target.value)}
        aria-invalid={Boolean(fout)}
        aria-describedby={`${id}-fout`}
      />
      <button type="submit" className="knop-licht" disabled={naam.trim() === team.naam}>
        Hernoemen<span className="sr-only"> ({team.naam})</span>
      </button>
      <span id={`${id}-fout`} role={fout ? 'alert' : undefined} className="text-sm text-red-700">
        {fout}
      </span>
    </form>
  );
}
