import {
  afgeslotenStatussen,
  Opdracht,
  type Overtreding,
  startProces,
  voerUit,
  volgendeActie,
} from '@deelwijs/domain';
import {
  type DeelverzoekWorkflowInput,
  type DeelverzoekWorkflowStatus,
  deelverzoekStatusQuery,
  klaarSignal,
  type OpdrachtVerzoek,
  OVERTREDING_FAILURE,
  opdrachtUpdate,
  pogingSignal,
  TOESTEMMING_WORKFLOW,
} from '@deelwijs/temporal/contract';
import {
  ApplicationFailure,
  allHandlersFinished,
  type ChildWorkflowHandle,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { DeelverzoekActivities } from '../activities/deelverzoek.activities';
import type { toestemmingsklokWorkflow } from './toestemmingsklok.workflow';

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

const ONGELDIG = 'Handleiding hoofdstuk 4';

/**
 * One deelverzoek from the first question to its outcome. The domain decides every step; this code
 * only orders them in time, has each step written to the file before it answers the caller, and
 * starts the consent clock while consent is being asked.
 */
export async function deelverzoekWorkflow(
  input: DeelverzoekWorkflowInput,
): Promise<DeelverzoekWorkflowStatus> {
  const start = startProces({
    start: {
      id: input.id,
      aanvraag: input.aanvraag,
      door: input.door,
      op: nu(),
      contentVersie: input.contentVersie,
      beleidVersie: input.beleid.versie,
    },
    client: input.client,
    professional: input.professional,
  });
  let proces = start.proces;
  let geregistreerd = false;
  // The consent clock runs while consent is asked; a withdrawal that reopens consent starts a new one.
  let klok: { handle: ChildWorkflowHandle<typeof toestemmingsklokWorkflow>; klaar: boolean } | undefined;
  let klokken = 0;
  const status = (): DeelverzoekWorkflowStatus => ({
    status: proces.status,
    geregistreerd,
    volgnummer: proces.volgnummer,
    proces,
  });

  const probeer = ({ opdracht, door }: OpdrachtVerzoek, op: string) => {
    const invoer = Opdracht.safeParse(opdracht);
    if (!invoer.success) {
      throw weigering(
        invoer.error.issues.map((i) => ({ code: 'ongeldige-invoer', bericht: i.message, bron: ONGELDIG })),
      );
    }
    const stap = voerUit(proces, invoer.data, { door, op, beleid: input.beleid });
    if (!stap.ok) throw weigering(stap.overtredingen);
    return stap.waarde;
  };

  // Handlers exist from the first activation (an update without one is rejected), but a command
  // waits until the deelverzoek itself is on file, so nothing is ever written before it.
  setHandler(deelverzoekStatusQuery, status);
  setHandler(
    opdrachtUpdate,
    async (verzoek: OpdrachtVerzoek) => {
      await condition(() => geregistreerd);
      const op = nu();
      const stap = probeer(verzoek, op);
      const vorige = proces;
      // State moves before the write, so a concurrent second command is judged against it.
      proces = stap.proces;
      await legStapVast({
        deelverzoek: stap.deelverzoek,
        aantekeningen: stap.aantekeningen,
        volgnummer: proces.volgnummer,
        op,
        volgende: volgendeActie(proces, input.beleid),
      });
      if (klok && !klok.klaar) {
        // The clock may have just finished on its own; then there is nobody left to tell.
        if (proces.status !== 'toestemming') {
          await klok.handle.signal(klaarSignal).catch(() => undefined);
        } else if (verzoek.opdracht.soort === 'toestemmingspoging') {
          const poging = proces.pogingen.at(-1)!.poging;
          const beantwoord = poging.uitkomst === 'ja' || poging.uitkomst === 'nee';
          await klok.handle.signal(pogingSignal, { op: poging.op, beantwoord }).catch(() => undefined);
        }
      }
      if (vorige.status !== 'toestemming' && proces.status === 'toestemming' && (!klok || klok.klaar)) {
        klokken += 1;
        const handle = await startChild(TOESTEMMING_WORKFLOW, {
          workflowId: `${input.id}:toestemmingsklok:${klokken}`,
          args: [
            {
              deelverzoekId: input.id,
              gebruikerId: input.door.gebruikerId,
              beleid: input.beleid,
              gestartOp: proces.toestemmingGevraagdVanaf,
            },
          ],
          parentClosePolicy: ParentClosePolicy.TERMINATE,
        });
        const huidige = { handle, klaar: false };
        klok = huidige;
        void handle.result().finally(() => {
          huidige.klaar = true;
        });
      }
      return status();
    },
    { validator: (verzoek: OpdrachtVerzoek) => void probeer(verzoek, nu()) },
  );

  await legStapVast({
    deelverzoek: start.deelverzoek,
    aantekeningen: start.aantekeningen,
    volgnummer: proces.volgnummer,
    op: start.deelverzoek.aangemaaktOp,
    volgende: volgendeActie(proces, input.beleid),
  });
  geregistreerd = true;

  // Finish only after the last step is on file and its caller has been answered.
  await condition(() => afgeslotenStatussen.has(proces.status) && allHandlersFinished());
  return status();
}
