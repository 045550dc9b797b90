'use client';

import type { Problem } from '@deelwijs/contract';
import type { Opdracht } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useVerzending } from '@/lib/api.client';

/**
 * Sends one opdracht to the deelverzoek's workflow, with the volgnummer of the state on screen (so a
 * step taken meanwhile elsewhere is not overruled); on success the page reloads its state.
 */
export function useOpdracht(deelverzoekId: string, volgnummer: number) {
  const router = useRouter();
  const verzend = useVerzending();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  async function verstuur(opdracht: Opdracht) {
    setBezig(true);
    setProblem(undefined);
    const resultaat = await verzend('POST', `/deelverzoeken/${deelverzoekId}/opdrachten`, {
      volgnummer,
      opdracht,
    });
    setBezig(false);
    if (resultaat.ok) router.refresh();
    else setProblem(resultaat.problem);
  }
  return { verstuur, problem, bezig };
}
