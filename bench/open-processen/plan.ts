// When each clock of benchmark 4 reminds, computed by the domain exactly as the workflows compute it:
// a clock is started with the moment it started from (gestartOp / gedeeldOp) chosen so that its
// first reminder falls on a target in the next minutes, under the real policy.
import { type Beleid, beleidMetOverrides, standaardBeleid } from '@deelwijs/content';
import { informerenAchterafKlok, toestemmingsklok } from '@deelwijs/domain';

export type Klok = 'toestemming' | 'informeren-achteraf';

const DAG = 86_400_000;

/** The first reminder of a clock started at `startMs`, as the workflow will compute it. */
export function eersteHerinnering(klok: Klok, beleid: Beleid, startMs: number): number {
  const start = new Date(startMs).toISOString();
  return Date.parse(
    klok === 'toestemming'
      ? toestemmingsklok(beleid, start).herinneringZonderPoging
      : informerenAchterafKlok(beleid, start, []).herinneringen[0]!,
  );
}

/**
 * The latest start whose first reminder is not before `doelMs` (the reminder moves monotonically
 * with the start, in jumps over weekends for werkdagen): binary search to the millisecond.
 */
export function startVoor(
  klok: Klok,
  beleid: Beleid,
  doelMs: number,
): { startMs: number; herinneringMs: number } {
  let laag = doelMs - 40 * DAG; // reminds before the target
  let hoog = doelMs; // reminds after it
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (eersteHerinnering(klok, beleid, midden) >= doelMs) hoog = midden;
    else laag = midden;
  }
  return { startMs: hoog, herinneringMs: eersteHerinnering(klok, beleid, hoog) };
}

/**
 * The policy the clocks run under: the default one, unless a weekend or holiday lies across the
 * window, where a reminder counted in werkdagen cannot fall in the next minutes; then the consent
 * reminder is counted in calendar days (said in the result).
 */
export function kiesBeleid(
  vensterBegin: number,
  vensterEinde: number,
): { beleid: Beleid; aangepast: boolean } {
  const past = [vensterBegin, (vensterBegin + vensterEinde) / 2, vensterEinde].every((doel) => {
    const { herinneringMs } = startVoor('toestemming', standaardBeleid, doel);
    return herinneringMs - doel < 1000;
  });
  if (past) return { beleid: standaardBeleid, aangepast: false };
  return {
    beleid: beleidMetOverrides(standaardBeleid, {
      versie: `${standaardBeleid.versie}-bench-kalenderdagen`,
      toestemming: {
        herinneringZonderPoging: {
          aantal: standaardBeleid.toestemming.herinneringZonderPoging.aantal,
          eenheid: 'kalenderdagen',
        },
      },
    }),
    aangepast: true,
  };
}
