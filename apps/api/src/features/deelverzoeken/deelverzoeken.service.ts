import { randomUUID } from 'node:crypto';
import { setTimeout as slaap } from 'node:timers/promises';
import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import { clientQueries, type DbHandle, type DeelverzoekRij, deelverzoekQueries } from '@deelwijs/db';
import {
  type Afweging1Antwoord,
  afgeslotenStatussen,
  type DeelverzoekStatus,
  type NieuwDeelverzoek,
  type Overtreding,
  statusLabel,
} from '@deelwijs/domain';
import {
  afweging1Update,
  DEELVERZOEK_WORKFLOW,
  type DeelverzoekWorkflowInput,
  type DeelverzoekWorkflowStatus,
  OVERTREDING_FAILURE,
} from '@deelwijs/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';
import { magTeamZien, vereisRol, zichtbaarTeam } from '../toegang';
import type { DeelverzoekView } from './deelverzoeken.schemas';

const iso = (t: string) => new Date(t).toISOString();

const naarView = ({
  deelverzoek: d,
  client,
}: {
  deelverzoek: DeelverzoekRij;
  client: { pseudoniem: string };
}): DeelverzoekView => {
  const status = d.status as DeelverzoekStatus;
  return {
    id: d.id,
    client: { id: d.clientId, pseudoniem: client.pseudoniem },
    doel: d.doel,
    ontvangers: d.ontvangers,
    status,
    statusLabel: statusLabel[status],
    afgesloten: afgeslotenStatussen.has(status),
    aangemaaktDoor: d.aangemaaktDoor,
    aangemaaktOp: iso(d.aangemaaktOp),
    bijgewerktOp: iso(d.bijgewerktOp),
    contentVersie: d.contentVersie,
    beleidVersie: d.beleidVersie,
  };
};

/** How long POST waits for the worker to put the deelverzoek on file before answering 202. */
const REGISTRATIE_WACHTTIJD_MS = 5_000;

@Injectable()
export class DeelverzoekenService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  async start(
    gebruiker: Gebruiker,
    aanvraag: NieuwDeelverzoek,
  ): Promise<DeelverzoekView | { id: string; geregistreerd: false; bericht: string }> {
    vereisRol(gebruiker, 'casemanager');
    const client = await clientQueries(this.db.db).vind(aanvraag.clientId);
    if (!client || client.team !== gebruiker.team) throw problemen.nietGevonden('Deze cliënt');

    const id = randomUUID();
    const input: DeelverzoekWorkflowInput = {
      id,
      aanvraag,
      door: { gebruikerId: gebruiker.id },
      contentVersie: CONTENT_VERSIE,
      beleidVersie: standaardBeleid.versie,
    };
    try {
      await this.temporal.client.workflow.start(DEELVERZOEK_WORKFLOW, {
        taskQueue: this.temporal.taskQueue,
        workflowId: id,
        args: [input],
      });
    } catch {
      throw problemen.nietBeschikbaar(
        'Het procesregister (Temporal) is niet bereikbaar; het deelverzoek is niet aangemaakt. Probeer het zo opnieuw.',
      );
    }

    const deadline = Date.now() + REGISTRATIE_WACHTTIJD_MS;
    while (Date.now() < deadline) {
      const rij = await deelverzoekQueries(this.db.db).vind(id);
      if (rij) return naarView(rij);
      await slaap(100);
    }
    return {
      id,
      geregistreerd: false,
      bericht: 'Het deelverzoek is aangenomen en wordt vastgelegd zodra de verwerking weer draait.',
    };
  }

  async lijst(gebruiker: Gebruiker, pagina: number, perPagina: number) {
    const { items, totaal } = await deelverzoekQueries(this.db.db).lijst({
      pagina,
      perPagina,
      team: zichtbaarTeam(gebruiker),
    });
    return { items: items.map(naarView), totaal };
  }

  /** A deelverzoek of another team answers exactly like one that does not exist. */
  private async zichtbaar(gebruiker: Gebruiker, id: string) {
    const rij = await deelverzoekQueries(this.db.db).vind(id);
    if (!rij || !magTeamZien(gebruiker, rij.client.team)) throw problemen.nietGevonden('Dit deelverzoek');
    return rij;
  }

  async vind(gebruiker: Gebruiker, id: string): Promise<DeelverzoekView> {
    return naarView(await this.zichtbaar(gebruiker, id));
  }

  async aantekeningen(gebruiker: Gebruiker, id: string) {
    await this.zichtbaar(gebruiker, id);
    const rijen = await deelverzoekQueries(this.db.db).aantekeningen(id);
    return rijen.map((a) => ({
      id: a.id,
      soort: a.soort,
      tekst: a.tekst,
      door: a.door,
      op: iso(a.op),
      contentVersie: a.contentVersie,
      beleidVersie: a.beleidVersie,
    }));
  }

  async beantwoordAfweging1(
    gebruiker: Gebruiker,
    id: string,
    antwoord: Afweging1Antwoord,
  ): Promise<DeelverzoekView> {
    vereisRol(gebruiker, 'casemanager');
    const rij = await this.zichtbaar(gebruiker, id);
    if (rij.client.team !== gebruiker.team) throw problemen.nietGevonden('Dit deelverzoek');
    await this.update(id, () =>
      this.temporal.client.workflow
        .getHandle(id)
        .executeUpdate(afweging1Update, { args: [{ antwoord, door: { gebruikerId: gebruiker.id } }] }),
    );
    return this.vind(gebruiker, id);
  }

  /** The workflow's validator answers with the rule that forbids the step; pass it on as a 422. */
  private async update(_id: string, call: () => Promise<DeelverzoekWorkflowStatus>) {
    try {
      return await call();
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === OVERTREDING_FAILURE) {
        throw problemen.regelOvertreden((cause.details?.[0] as Overtreding[] | undefined) ?? []);
      }
      throw error;
    }
  }
}
