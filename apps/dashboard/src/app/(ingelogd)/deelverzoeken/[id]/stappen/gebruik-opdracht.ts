'use client';

import type { Opdracht } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiSend, type Problem } from '@/lib/api.client';

/** Sends one opdracht to the deelverzoek's workflow; on success the page reloads its state. */
export function useOpdracht(deelverzoekId: string) {
  const router = useRouter();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  async function verstuur(opdracht: Opdracht) {
    setBezig(true);
    setProblem(undefined);
    const resultaat = await apiSend('POST', `/deelverzoeken/${deelverzoekId}/opdrachten`, opdracht);
    setBezig(false);
    if (resultaat.ok) router.refresh();
    else setProblem(resultaat.problem);
  }
  return { verstuur, problem, bezig };
}
