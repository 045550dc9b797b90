'use client';

import type { DeelverzoekWizard, Problem } from '@deelwijs/contract';
import type { Opdracht } from '@deelwijs/domain';
import { createContext, useContext, useState } from 'react';
import { useVerzending } from '@/lib/api.client';

/** Where a step hands the page the view the command answered with (the page shows it as it is). */
export const VastgelegdContext = createContext<(view: DeelverzoekWizard) => void>(() => {});

/**
 * Sends one opdracht to the deelverzoek's workflow, with the volgnummer of the state on screen (so a
 * step taken meanwhile elsewhere is not overruled). The answer is the whole page's view, so the page
 * shows it without asking the API again.
 */
export function useOpdracht(deelverzoekId: string, volgnummer: number) {
  const vastgelegd = useContext(VastgelegdContext);
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
    if (resultaat.ok) vastgelegd(resultaat.data);
    else setProblem(resultaat.problem);
  }
  return { verstuur, problem, bezig };
}
