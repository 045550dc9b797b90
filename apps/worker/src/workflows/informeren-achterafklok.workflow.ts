import { informerenAchterafKlok, type UitstelPeriode } from '@deelwijs/domain/termijnen/klokken';
import { eigenaarSignal, informerenAchterafSignal } from '@deelwijs/temporal/contract/deelverzoek';
import {
  type InformerenAchterafklokInput,
  InformerenAchterafklokInvoer,
  type InformerenAchterafklokInvoer as Invoer,
} from '@deelwijs/temporal/contract/informeren-achterafklok-invoer';
import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { HerinneringSoort } from '../meldingen/herinneringen';
import { herinner, herinnerRol } from './herinneren';
import { leesInvoer } from './invoer';

const nu = () => new Date().toISOString();

interface Moment {
  soort: HerinneringSoort;
  op: string;
  aan: 'casemanager' | 'leidinggevenden';
}

/**
 * Every moment of the clock under the uitstel known now, in order: the policy's reminders and the
 * re-assessment of each uitstel to the casemanager, the deadline to the team's leidinggevenden. The
 * domain computes them exactly as it computes the werkvoorraad's (and the privacy officer's) deadline.
 */
function momenten(input: Invoer, uitstel: readonly UitstelPeriode[]): Moment[] {
  const klok = informerenAchterafKlok(input.beleid, input.gedeeldOp, uitstel);
  const alle: Moment[] = [
    ...klok.herinneringen.map((op) => ({
      soort: 'informeren-achteraf-herinnering' as const,
      op,
      aan: 'casemanager' as const,
    })),
    ...klok.herbeoordelingen.map((op) => ({
      soort: 'uitstel-herbeoordelen' as const,
      op,
      aan: 'casemanager' as const,
    })),
    { soort: 'informeren-achteraf-te-laat', op: klok.uiterlijk, aan: 'leidinggevenden' },
  ];
  return alle.sort((a, b) => Date.parse(a.op) - Date.parse(b.op));
}

const sleutel = (m: Moment) => `${m.soort}@${m.op}`;

/**
 * The informeren-achteraf clock (AVG art. 14(3)): while the client has not been told about a
 * verstrekking it reminds the casemanager at the policy's moments, asks for a re-assessment when an
 * uitstel runs out, and tells the team's leidinggevenden when the deadline passes (from then on the
 * deelverzoek is on the privacy officer's list). An approved uitstel moves the deadline; the parent
 * signals it. It never decides anything, and ends when the parent says the client was told.
 */
export async function informerenAchterafklokWorkflow(
  gestartMet: InformerenAchterafklokInput,
): Promise<'klaar'> {
  const input = leesInvoer(InformerenAchterafklokInvoer, gestartMet);
  let stand: { uitstel: UitstelPeriode[] } | null = { uitstel: input.uitstel };
  let seinen = 0;
  setHandler(informerenAchterafSignal, (nieuw) => {
    stand = nieuw;
    seinen += 1;
  });
  // After an overdracht the casemanager's moments go to the new one (a handler issues no command).
  let casemanager = input.casemanager;
  setHandler(eigenaarSignal, (eigenaar) => {
    casemanager = eigenaar.gebruikerId;
  });
  const basis = workflowInfo().workflowId;
  // Each moment goes out once; a moment an uitstel moved is a new one.
  const gehad = new Set<string>();

  const stuur = async (m: Moment) => {
    const id = `${basis}:${m.soort}:${m.op}`;
    const gemeen = { deelverzoekId: input.deelverzoekId, soort: m.soort, op: nu() };
    if (m.aan === 'casemanager')
      await herinner({ ...gemeen, id: `${id}:${casemanager}`, gebruikerId: casemanager });
    else await herinnerRol({ ...gemeen, id, rol: 'leidinggevende' });
  };

  for (;;) {
    const huidige: { uitstel: UitstelPeriode[] } | null = stand;
    if (!huidige) return 'klaar';
    const nuMs = Date.now();
    const open = momenten(input, huidige.uitstel).filter((m) => !gehad.has(sleutel(m)));
    // Several moments of one kind due at once (a clock that started late) go out as one: the last.
    const nuAan = new Map<HerinneringSoort, Moment>();
    for (const m of open.filter((m) => Date.parse(m.op) <= nuMs)) {
      gehad.add(sleutel(m));
      nuAan.set(m.soort, m);
    }
    for (const m of nuAan.values()) await stuur(m);
    const volgende = open.find((m) => Date.parse(m.op) > nuMs);
    const gezien = seinen;
    const gewekt = () => seinen !== gezien;
    // Wake on the parent's word, or when the next moment comes.
    await (volgende
      ? condition(gewekt, Math.max(0, Date.parse(volgende.op) - Date.now()))
      : condition(gewekt));
  }
}
