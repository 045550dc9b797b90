import { afgeslotenStatussen } from '@deelwijs/domain/deelverzoek/deelverzoek.schema';
import { draagOver } from '@deelwijs/domain/overdracht/overdracht';
import { leesOpdracht, startProces, voerUit } from '@deelwijs/domain/proces/proces';
import type { ProcesIn } from '@deelwijs/domain/proces/proces.schema';
import { doorbrekingWacht } from '@deelwijs/domain/proces/termijnen';
import { volgendeActie } from '@deelwijs/domain/proces/volgende-actie';
import type { Overtreding } from '@deelwijs/domain/regels/resultaat';
import { toestemmingOverzicht } from '@deelwijs/domain/toestemming/toestemming';
import {
  DATABASE_WEIGERT_FAILURE,
  type DeelverzoekWorkflowStatus,
  DOORBREKING_WORKFLOW,
  deelverzoekStatusQuery,
  doorbrekingWachtSignal,
  eigenaarSignal,
  INFORMEREN_ACHTERAF_WORKFLOW,
  informerenAchterafSignal,
  klaarSignal,
  type OpdrachtVerzoek,
  OVERTREDING_FAILURE,
  type OverdrachtVerzoek,
  opdrachtUpdate,
  overdrachtUpdate,
  pogingSignal,
  registratieUpdate,
  TOESTEMMING_WORKFLOW,
  VASTLEGGEN_MISLUKT_FAILURE,
  VEROUDERD_FAILURE,
} from '@deelwijs/temporal/contract/deelverzoek';
import type { DoorbrekingsklokInput } from '@deelwijs/temporal/contract/doorbrekingsklok-invoer';
import type { InformerenAchterafklokInput } from '@deelwijs/temporal/contract/informeren-achterafklok-invoer';
import { DeelverzoekInvoer, type DeelverzoekWorkflowInput } from '@deelwijs/temporal/contract/invoer';
import type { ToestemmingsklokInput } from '@deelwijs/temporal/contract/toestemmingsklok-invoer';
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  type ChildWorkflowHandle,
  condition,
  ParentClosePolicy,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { DeelverzoekActivities } from '../activities/deelverzoek.activities';
import type { doorbrekingsklokWorkflow } from './doorbrekingsklok.workflow';
import { herinner } from './herinneren';
import type { informerenAchterafklokWorkflow } from './informeren-achterafklok.workflow';
import { leesInvoer } from './invoer';
import type { toestemmingsklokWorkflow } from './toestemmingsklok.workflow';

const vastlegging = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
} as const;
const activiteit = proxyActivities<DeelverzoekActivities>(vastlegging);
const lokaal = proxyLocalActivities<DeelverzoekActivities>(vastlegging);

/**
 * Versioning (see apps/worker/README.md): writing a step used to be a regular activity, a round trip
 * through the Temporal server and a second workflow task per command. It is now a local activity in
 * the same workflow task. Histories from before the patch replay with the activity they recorded.
 */
export const PATCH_LOKALE_VASTLEGGING = 'vastlegging-als-lokale-activity';
export const PATCH_KLOK_OP_ACHTERGROND = 'toestemmingsklok-op-de-achtergrond';
/** Since this patch a doorbreking that waits on someone has its own clock (doorbrekingsklokWorkflow). */
export const PATCH_DOORBREKINGSKLOK = 'doorbrekingsklok';
/**
 * Since this patch the consent clock is told whether anybody is left to ask (`iedereenGeantwoord`):
 * a yes from a 14-year-old no longer silences it while the parents still have to answer. Before
 * it, any yes or no did.
 */
export const PATCH_TOESTEMMING_ALLE_PARTIJEN = 'toestemming-alle-partijen';
/**
 * Since this patch a process in informeren achteraf has its own clock (informerenAchterafklokWorkflow)
 * that reminds the casemanager and tells the leidinggevenden when the deadline passes. Before it,
 * nothing reminded anyone.
 */
export const PATCH_INFORMEREN_ACHTERAF_KLOK = 'informeren-achteraf-klok';
/**
 * Since this patch a leidinggevende can move an open deelverzoek to another casemanager (the
 * `draagOver` Update): the step is written like any other, the running clocks that remind the
 * casemanager are told who that is now, and the new owner gets a notification. Histories from
 * before it hold no such Update, so they never reach this code.
 */
export const PATCH_EIGENAAR_OVERDRACHT = 'eigenaar-overdracht';
const legStapVast: DeelverzoekActivities['legStapVast'] = (stap) =>
  patched(PATCH_LOKALE_VASTLEGGING) ? lokaal.legStapVast(stap) : activiteit.legStapVast(stap);

// Marking the werkvoorraad is a courtesy on top of failing the Update: a few tries, then let it be.
const { meldStoring } = proxyActivities<DeelverzoekActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
});

const nu = () => new Date().toISOString(); // workflow time: replay-safe

/**
 * A write the database refused for good: the activity failed without retrying (see metFoutsoort). A
 * regular activity's failure comes wrapped in an ActivityFailure; a local activity's may come as is.
 */
const isGeweigerd = (fout: unknown): boolean =>
  fout instanceof ActivityFailure
    ? isGeweigerd(fout.cause)
    : fout instanceof ApplicationFailure && fout.type === DATABASE_WEIGERT_FAILURE;

const weigering = (overtredingen: Overtreding[]) =>
  ApplicationFailure.create({
    type: OVERTREDING_FAILURE,
    message: overtredingen.map((o) => o.bericht).join(' '),
    details: [overtredingen],
    nonRetryable: true,
  });

const ONGELDIG = 'Handleiding hoofdstuk 4';

/** Nobody left to ask: every party that must consent answered, or one of them said no. */
const iedereenGeantwoord = (proces: ProcesIn<'toestemming'>) => {
  const stand = toestemmingOverzicht(proces.wieMoetToestemmen, proces.pogingen);
  return stand.allenGeantwoord || stand.geweigerdDoor.length > 0;
};

/**
 * One deelverzoek from the first question to its outcome. The domain decides every step; this code
 * only orders them in time, has each step written to the file before it answers the caller, and
 * starts the consent clock while consent is being asked.
 */
export async function deelverzoekWorkflow(
  gestartMet: DeelverzoekWorkflowInput,
): Promise<DeelverzoekWorkflowStatus> {
  // Histories from before inputs were versioned carry the shape without `v`; the schema reads both.
  const input = leesInvoer(DeelverzoekInvoer, gestartMet);
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
  let klok:
    | { handle: Promise<ChildWorkflowHandle<typeof toestemmingsklokWorkflow>>; klaar: boolean }
    | undefined;
  let klokken = 0;
  // The doorbreking clock runs while a doorbreking waits on someone; told of every change of whom.
  let doorbrekingsklok:
    | { handle: Promise<ChildWorkflowHandle<typeof doorbrekingsklokWorkflow>>; klaar: boolean }
    | undefined;
  let doorbrekingsklokken = 0;
  let gemeldeWacht = JSON.stringify(null);
  // What the clocks are still being told or started with; the workflow does not end before it is done.
  const achtergrond = new Set<Promise<unknown>>();
  const opAchtergrond = (actie: Promise<unknown>) => {
    achtergrond.add(actie);
    void actie.then(
      () => achtergrond.delete(actie),
      () => achtergrond.delete(actie),
    );
  };
  /** Starts the doorbreking clock when a doorbreking starts waiting on someone, or tells it who now. */
  const volgDoorbreking = () => {
    const wacht = doorbrekingWacht(proces);
    const sleutel = JSON.stringify(wacht);
    // Histories from before the clock existed replay without it; the check comes first so a step
    // that changes no wait adds no marker.
    if (sleutel === gemeldeWacht || !patched(PATCH_DOORBREKINGSKLOK)) return;
    gemeldeWacht = sleutel;
    if (doorbrekingsklok && !doorbrekingsklok.klaar) {
      const huidige = doorbrekingsklok;
      opAchtergrond(
        huidige.handle.then((h) => h.signal(doorbrekingWachtSignal, wacht)).catch(() => undefined),
      );
      if (!wacht) {
        // Told to stop, it is done for this workflow: a later wait gets a clock of its own. The
        // workflow ends only after the clock has, so its completion never races the parent's.
        huidige.klaar = true;
        opAchtergrond(huidige.handle.then((h) => h.result()).catch(() => undefined));
      }
      return;
    }
    if (!wacht || proces.status !== 'afweging-4') return;
    doorbrekingsklokken += 1;
    const handle = startChild(DOORBREKING_WORKFLOW, {
      workflowId: `${input.id}:doorbrekingsklok:${doorbrekingsklokken}`,
      args: [
        {
          v: 1,
          deelverzoekId: input.id,
          aanvrager: proces.afweging4.aanvrager.gebruikerId,
          beleid: input.beleid,
          contentVersie: input.contentVersie,
          wacht,
        } satisfies DoorbrekingsklokInput,
      ],
      parentClosePolicy: ParentClosePolicy.TERMINATE,
    });
    const huidige = { handle, klaar: false };
    doorbrekingsklok = huidige;
    const klokKlaar = () => {
      huidige.klaar = true;
    };
    void handle.then((h) => h.result()).then(klokKlaar, klokKlaar);
    opAchtergrond(handle);
  };
  // The informeren-achteraf clock runs while the client has not been told; told of every uitstel.
  let informerenklok:
    | { handle: Promise<ChildWorkflowHandle<typeof informerenAchterafklokWorkflow>>; klaar: boolean }
    | undefined;
  let gemeldInformeren = JSON.stringify(null);
  /** Starts the informeren-achteraf clock when the process enters it, tells it of uitstel and the end. */
  const volgInformeren = () => {
    // Periods only: the clock needs when an uitstel runs, never why.
    const stand =
      proces.status === 'informeren-achteraf'
        ? { uitstel: proces.uitstel.map((u) => ({ vanaf: u.vanaf, tot: u.tot })) }
        : null;
    const sleutel = JSON.stringify(stand);
    // As with the doorbreking clock: a step that changes nothing for this clock adds no marker.
    if (sleutel === gemeldInformeren || !patched(PATCH_INFORMEREN_ACHTERAF_KLOK)) return;
    gemeldInformeren = sleutel;
    if (informerenklok && !informerenklok.klaar) {
      const huidige = informerenklok;
      opAchtergrond(
        huidige.handle.then((h) => h.signal(informerenAchterafSignal, stand)).catch(() => undefined),
      );
      if (!stand) {
        huidige.klaar = true;
        opAchtergrond(huidige.handle.then((h) => h.result()).catch(() => undefined));
      }
      return;
    }
    if (!stand || proces.status !== 'informeren-achteraf' || informerenklok) return;
    const handle = startChild(INFORMEREN_ACHTERAF_WORKFLOW, {
      workflowId: `${input.id}:informeren-achteraf-klok`,
      args: [
        {
          v: 1,
          deelverzoekId: input.id,
          // The owner once the work was moved; before any overdracht, who recorded the verstrekking.
          casemanager: proces.eigenaar?.gebruikerId ?? proces.verstrekking.door.gebruikerId,
          beleid: input.beleid,
          contentVersie: input.contentVersie,
          gedeeldOp: proces.verstrekking.op,
          uitstel: stand.uitstel,
        } satisfies InformerenAchterafklokInput,
      ],
      parentClosePolicy: ParentClosePolicy.TERMINATE,
    });
    const huidige = { handle, klaar: false };
    informerenklok = huidige;
    const klokKlaar = () => {
      huidige.klaar = true;
    };
    void handle.then((h) => h.result()).then(klokKlaar, klokKlaar);
    opAchtergrond(handle);
  };
  const status = (): DeelverzoekWorkflowStatus => ({
    status: proces.status,
    geregistreerd,
    volgnummer: proces.volgnummer,
    proces,
  });

  const probeer = ({ opdracht, door, volgnummer }: OpdrachtVerzoek, op: string) => {
    // Checked in the validator and again in the handler: two commands accepted in one activation are
    // judged one after the other, so the second meets the state the first left.
    if (volgnummer !== undefined && volgnummer !== proces.volgnummer) {
      throw ApplicationFailure.create({
        type: VEROUDERD_FAILURE,
        message: `verwacht volgnummer ${volgnummer}, huidig ${proces.volgnummer}`,
        nonRetryable: true,
      });
    }
    // With the shapes of the process's content version: an older one keeps those it started with.
    const invoer = leesOpdracht(proces, opdracht);
    if (!invoer.success) {
      throw weigering(
        invoer.error.issues.map((i) => ({ code: 'ongeldige-invoer', bericht: i.message, bron: ONGELDIG })),
      );
    }
    const stap = voerUit(proces, invoer.data, { door, op, beleid: input.beleid });
    if (!stap.ok) throw weigering(stap.overtredingen);
    return stap.waarde;
  };

  const probeerOverdracht = ({ overdracht, door, volgnummer }: OverdrachtVerzoek, op: string) => {
    if (volgnummer !== undefined && volgnummer !== proces.volgnummer) {
      throw ApplicationFailure.create({
        type: VEROUDERD_FAILURE,
        message: `verwacht volgnummer ${volgnummer}, huidig ${proces.volgnummer}`,
        nonRetryable: true,
      });
    }
    const stap = draagOver(proces, overdracht, { door, op, beleid: input.beleid });
    if (!stap.ok) throw weigering(stap.overtredingen);
    return stap.waarde;
  };

  // Handlers exist from the first activation (an update without one is rejected), but a command
  // waits until the deelverzoek itself is on file, so nothing is ever written before it.
  setHandler(deelverzoekStatusQuery, status);
  // Registering a handler issues no command, so histories from before it replay unchanged.
  setHandler(registratieUpdate, async () => {
    await condition(() => geregistreerd);
    return status();
  });
  setHandler(
    opdrachtUpdate,
    async (verzoek: OpdrachtVerzoek) => {
      await condition(() => geregistreerd);
      const op = nu();
      const stap = probeer(verzoek, op);
      const vorige = proces;
      // State moves before the write, so a concurrent second command is judged against it.
      proces = stap.proces;
      try {
        await legStapVast({
          deelverzoek: stap.deelverzoek,
          aantekeningen: stap.aantekeningen,
          volgnummer: proces.volgnummer,
          op,
          volgende: volgendeActie(proces, input.beleid),
          proces,
        });
      } catch (fout) {
        // Only reached when the database refused the write for good, which no recorded history
        // contains: old histories replay unchanged. The step did not happen, so the process goes
        // back to where it was (unless a later command already built on it) and waits for the next
        // command; the caller gets the failure and the werkvoorraad shows it.
        if (!isGeweigerd(fout)) throw fout;
        if (proces === stap.proces) proces = vorige;
        await meldStoring({ deelverzoekId: input.id, op }).catch(() => undefined);
        throw ApplicationFailure.create({
          type: VASTLEGGEN_MISLUKT_FAILURE,
          message: 'De stap kon niet worden vastgelegd; het deelverzoek staat nog zoals het was.',
          nonRetryable: true,
        });
      }
      // Telling or starting the consent clock used to hold up the answer for another round trip
      // through the server; since the patch it happens beside it (older histories keep waiting).
      const wacht = (actie: Promise<unknown>) => {
        if (!patched(PATCH_KLOK_OP_ACHTERGROND)) return actie;
        opAchtergrond(actie);
        return undefined;
      };
      if (klok && !klok.klaar) {
        // The clock may have just finished on its own; then there is nobody left to tell.
        const handle = klok.handle;
        if (proces.status !== 'toestemming') {
          await wacht(handle.then((h) => h.signal(klaarSignal)).catch(() => undefined));
        } else if (verzoek.opdracht.soort === 'toestemmingspoging') {
          const poging = proces.pogingen.at(-1)!.poging;
          const moment = {
            op: poging.op,
            beantwoord: poging.uitkomst === 'ja' || poging.uitkomst === 'nee',
            ...(patched(PATCH_TOESTEMMING_ALLE_PARTIJEN)
              ? { iedereenGeantwoord: iedereenGeantwoord(proces) }
              : {}),
          };
          await wacht(handle.then((h) => h.signal(pogingSignal, moment)).catch(() => undefined));
        }
      }
      if (vorige.status !== 'toestemming' && proces.status === 'toestemming' && (!klok || klok.klaar)) {
        klokken += 1;
        const handle = startChild(TOESTEMMING_WORKFLOW, {
          workflowId: `${input.id}:toestemmingsklok:${klokken}`,
          args: [
            {
              v: 1,
              deelverzoekId: input.id,
              // The owner once the work was moved; before any overdracht, who started the deelverzoek.
              gebruikerId: proces.eigenaar?.gebruikerId ?? input.door.gebruikerId,
              beleid: input.beleid,
              gestartOp: proces.toestemmingGevraagdVanaf,
              contentVersie: input.contentVersie,
            } satisfies ToestemmingsklokInput,
          ],
          parentClosePolicy: ParentClosePolicy.TERMINATE,
        });
        const huidige = { handle, klaar: false };
        klok = huidige;
        // Both outcomes end the clock; a clock that failed (or never started) must not become an
        // unhandled rejection, which would fail this workflow's task.
        const klokKlaar = () => {
          huidige.klaar = true;
        };
        void handle.then((h) => h.result()).then(klokKlaar, klokKlaar);
        await wacht(handle);
      }
      volgDoorbreking();
      volgInformeren();
      return status();
    },
    { validator: (verzoek: OpdrachtVerzoek) => void probeer(verzoek, nu()) },
  );

  setHandler(
    overdrachtUpdate,
    async (verzoek: OverdrachtVerzoek) => {
      await condition(() => geregistreerd);
      const op = nu();
      const stap = probeerOverdracht(verzoek, op);
      const vorige = proces;
      proces = stap.proces;
      try {
        await legStapVast({
          deelverzoek: stap.deelverzoek,
          aantekeningen: stap.aantekeningen,
          volgnummer: proces.volgnummer,
          op,
          volgende: volgendeActie(proces, input.beleid),
          proces,
        });
      } catch (fout) {
        if (!isGeweigerd(fout)) throw fout;
        if (proces === stap.proces) proces = vorige;
        throw ApplicationFailure.create({
          type: VASTLEGGEN_MISLUKT_FAILURE,
          message: 'De overdracht kon niet worden vastgelegd; het deelverzoek staat nog zoals het was.',
          nonRetryable: true,
        });
      }
      if (patched(PATCH_EIGENAAR_OVERDRACHT)) {
        const eigenaar = { gebruikerId: verzoek.overdracht.naar.gebruikerId.trim() };
        // The clocks that remind the casemanager: their next moment goes to the new one.
        for (const k of [klok, informerenklok])
          if (k && !k.klaar)
            opAchtergrond(k.handle.then((h) => h.signal(eigenaarSignal, eigenaar)).catch(() => undefined));
        // The new owner hears of it at once, beside the answer (a mail server that is down waits).
        opAchtergrond(
          herinner({
            id: `${input.id}:overgedragen:${proces.volgnummer}:${eigenaar.gebruikerId}`,
            gebruikerId: eigenaar.gebruikerId,
            deelverzoekId: input.id,
            soort: 'deelverzoek-overgedragen',
            op,
          }).catch(() => undefined),
        );
      }
      return status();
    },
    { validator: (verzoek: OverdrachtVerzoek) => void probeerOverdracht(verzoek, nu()) },
  );

  await legStapVast({
    deelverzoek: start.deelverzoek,
    aantekeningen: start.aantekeningen,
    volgnummer: proces.volgnummer,
    op: start.deelverzoek.aangemaaktOp,
    volgende: volgendeActie(proces, input.beleid),
    proces,
  });
  geregistreerd = true;

  // Finish only after the last step is on file and its caller has been answered.
  await condition(
    () => afgeslotenStatussen.has(proces.status) && allHandlersFinished() && achtergrond.size === 0,
  );
  return status();
}
