import {
  Afweging1Antwoord,
  afgeslotenStatussen,
  beantwoordAfweging1,
  type Overtreding,
  startDeelverzoek,
} from '@deelwijs/domain';
import {
  type Afweging1Opdracht,
  afweging1Update,
  type DeelverzoekWorkflowInput,
  type DeelverzoekWorkflowStatus,
  deelverzoekStatusQuery,
  OVERTREDING_FAILURE,
} from '@deelwijs/temporal/contract';
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { DeelverzoekActivities } from '../activities/deelverzoek.activities';

const { legStapVast } = proxyActivities<DeelverzoekActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const nu = () => new Date().toISOString(); // workflow time: replay-safe

const weigering = (overtredingen: Overtreding[]) =>
  ApplicationFailure.create({
    type: OVERTREDING_FAILURE,
    message: overtredingen.map((o) => o.bericht).join(' '),
    details: [overtredingen],
    nonRetryable: true,
  });

const BRON_AFWEGING_1 = 'Handleiding hoofdstuk 4, afweging 1';

/**
 * One deelverzoek from the first question to its outcome. The domain decides every step; this code
 * only orders them in time and has each step written to the file before it answers the caller.
 */
export async function deelverzoekWorkflow(
  input: DeelverzoekWorkflowInput,
): Promise<DeelverzoekWorkflowStatus> {
  const start = startDeelverzoek({ ...input, op: nu() });
  let deelverzoek = start.deelverzoek;
  let volgnummer = start.aantekeningen.length;
  let geregistreerd = false;
  const status = (): DeelverzoekWorkflowStatus => ({ status: deelverzoek.status, geregistreerd, volgnummer });

  // Handlers exist from the first activation (an update without one is rejected), but an answer
  // waits until the deelverzoek itself is on file, so it is never written before it.
  setHandler(deelverzoekStatusQuery, status);
  setHandler(
    afweging1Update,
    async ({ antwoord, door }: Afweging1Opdracht) => {
      await condition(() => geregistreerd);
      const op = nu();
      const stap = beantwoordAfweging1(deelverzoek, volgnummer + 1, antwoord, door, op);
      if (!stap.ok) throw weigering(stap.overtredingen);
      // State moves before the write, so a concurrent second answer is refused by the rules.
      deelverzoek = stap.waarde.deelverzoek;
      volgnummer += stap.waarde.aantekeningen.length;
      await legStapVast({ deelverzoek, aantekeningen: stap.waarde.aantekeningen, volgnummer, op });
      return status();
    },
    {
      validator: ({ antwoord, door }: Afweging1Opdracht) => {
        const invoer = Afweging1Antwoord.safeParse(antwoord);
        if (!invoer.success) {
          throw weigering(
            invoer.error.issues.map((i) => ({
              code: 'ongeldige-invoer',
              bericht: i.message,
              bron: BRON_AFWEGING_1,
            })),
          );
        }
        const stap = beantwoordAfweging1(deelverzoek, volgnummer + 1, invoer.data, door, nu());
        if (!stap.ok) throw weigering(stap.overtredingen);
      },
    },
  );

  await legStapVast({
    deelverzoek,
    aantekeningen: start.aantekeningen,
    volgnummer,
    op: deelverzoek.aangemaaktOp,
  });
  geregistreerd = true;

  // Finish only after the last answer is on file and its caller has been answered.
  await condition(() => afgeslotenStatussen.has(deelverzoek.status) && allHandlersFinished());
  return status();
}
