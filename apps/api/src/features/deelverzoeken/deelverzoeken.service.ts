import { randomUUID } from 'node:crypto';
import { setTimeout as slaap } from 'node:timers/promises';
import { CONTENT_VERSIE, standaardBeleid } from '@deelwijs/content';
import {
  clientQueries,
  type DbHandle,
  type DeelverzoekRij,
  deelverzoekQueries,
  gebruikerQueries,
} from '@deelwijs/db';
import {
  afgeslotenStatussen,
  type Client,
  type DeelverzoekStatus,
  type Gebruikersrol,
  type Medewerker,
  type NieuwDeelverzoek,
  type Opdracht,
  type Overtreding,
  Professional,
  statusLabel,
  type VertegenwoordigerRol,
  type VolgendeActie,
} from '@deelwijs/domain';
import {
  DEELVERZOEK_WORKFLOW,
  type DeelverzoekWorkflowInput,
  type DeelverzoekWorkflowStatus,
  deelverzoekStatusQuery,
  OVERTREDING_FAILURE,
  opdrachtUpdate,
} from '@deelwijs/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Gebruiker } from '../../auth/gebruiker';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';
import { magTeamZien, vereisRol, zichtbaarTeam } from '../toegang';
import type { DeelverzoekInBehandeling, DeelverzoekView } from './deelverzoeken.schemas';
import { maakVerantwoording } from './verantwoording/verantwoording';

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
    volgendeActie: d.volgendeActie as VolgendeActie | null,
    volgendeActieOp: d.volgendeActieOp ? iso(d.volgendeActieOp) : null,
  };
};

/** The rules speak of a professional; the accounts of a casemanager. */
const naarMedewerker = (g: Gebruiker): Medewerker => ({
  gebruikerId: g.id,
  rollen: g.rollen.map((r) => (r === 'casemanager' ? 'professional' : r)) as Gebruikersrol[],
});

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
  ): Promise<DeelverzoekView | DeelverzoekInBehandeling> {
    vereisRol(gebruiker, 'casemanager');
    const client = await clientQueries(this.db.db).vind(aanvraag.clientId);
    if (!client || client.team !== gebruiker.team) throw problemen.nietGevonden('Deze cliënt');
    const personen = await clientQueries(this.db.db).vertegenwoordigers(client.id);
    const clientVoorRegels: Client = {
      id: client.id,
      geboortedatum: client.geboortedatum,
      wilsonbekwaam: client.wilsonbekwaam,
      vertegenwoordigers: personen.map((p) => ({ id: p.id, rol: p.rol as VertegenwoordigerRol })),
    };
    const professional = Professional.safeParse({
      gebruikerId: gebruiker.id,
      pet: gebruiker.pet,
      organisatietype: gebruiker.organisatietype,
      beroepsgeheim: gebruiker.beroepsgeheim,
    });
    if (!professional.success)
      throw problemen.geenToegang(
        'Uw pet en beroepsgeheim zijn niet (goed) vastgelegd; vraag de functioneel beheerder dit aan te vullen.',
      );

    const id = randomUUID();
    const input: DeelverzoekWorkflowInput = {
      id,
      aanvraag,
      door: { gebruikerId: gebruiker.id },
      contentVersie: CONTENT_VERSIE,
      beleid: standaardBeleid,
      client: clientVoorRegels,
      professional: professional.data,
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

  async lijst(gebruiker: Gebruiker, pagina: number, perPagina: number, open = false) {
    const { items, totaal } = await deelverzoekQueries(this.db.db).lijst({
      pagina,
      perPagina,
      team: zichtbaarTeam(gebruiker),
      open,
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

  /** The account of this deelverzoek, from the file, with names for the people who acted. */
  async verantwoording(gebruiker: Gebruiker, id: string) {
    const [deelverzoek, aantekeningen] = await Promise.all([
      this.vind(gebruiker, id),
      this.aantekeningen(gebruiker, id),
    ]);
    const ids = [...new Set(aantekeningen.map((a) => a.door.gebruikerId))];
    const personen = await Promise.all(ids.map((g) => gebruikerQueries(this.db.db).vind(g)));
    const namen = new Map(personen.flatMap((p) => (p ? [[p.id, p.naam] as const] : [])));
    return maakVerantwoording(deelverzoek, aantekeningen, namen, new Date().toISOString());
  }

  /** One human action on the process; the workflow's validator applies the rules (422 when they refuse). */
  async voerUit(gebruiker: Gebruiker, id: string, opdracht: Opdracht): Promise<DeelverzoekView> {
    vereisRol(gebruiker, 'casemanager', 'deskundige-collega', 'leidinggevende');
    const rij = await this.zichtbaar(gebruiker, id);
    if (rij.client.team !== gebruiker.team) throw problemen.nietGevonden('Dit deelverzoek');
    await this.update(() =>
      this.temporal.client.workflow
        .getHandle(id)
        .executeUpdate(opdrachtUpdate, { args: [{ opdracht, door: naarMedewerker(gebruiker) }] }),
    );
    return this.vind(gebruiker, id);
  }

  /** The process as the workflow holds it: the wizard reads its answers, who consents, the attempts. */
  async proces(gebruiker: Gebruiker, id: string) {
    await this.zichtbaar(gebruiker, id);
    try {
      return (await this.temporal.client.workflow.getHandle(id).query(deelverzoekStatusQuery)).proces;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw problemen.nietGevonden('Dit deelverzoek');
      throw problemen.nietBeschikbaar('De procesgegevens zijn nu niet op te vragen; probeer het zo opnieuw.');
    }
  }

  /** The workflow's validator answers with the rule that forbids the step; pass it on as a 422. */
  private async update(call: () => Promise<DeelverzoekWorkflowStatus>) {
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
