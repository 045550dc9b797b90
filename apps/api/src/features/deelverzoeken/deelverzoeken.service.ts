import { randomUUID } from 'node:crypto';
import { setTimeout as slaap } from 'node:timers/promises';
import { CONTENT_VERSIE } from '@deelwijs/content';
import {
  beleidVoor,
  type DeelverzoekInBehandeling,
  type DeelverzoekView,
  type DeelverzoekWizard,
  type DossieraantekeningView,
  type LeesbareAantekeningView,
  naarMedewerker,
  rollenVan,
  type ToetsingInPoolView,
  toegestaan,
} from '@deelwijs/contract';
import {
  clientQueries,
  type DbHandle,
  type DeelverzoekRij,
  deelverzoekQueries,
  gebruikerQueries,
} from '@deelwijs/db';
import {
  afgeslotenStatussen,
  BRON_GERECHTVAARDIGDE_REDEN,
  bronAfweging,
  type Client,
  type DeelverzoekProces,
  type DeelverzoekStatus,
  genoemdeMedewerkers,
  type NieuwDeelverzoek,
  type Opdracht,
  type Overtreding,
  overtreding,
  Professional,
  statusLabel,
  type VertegenwoordigerRol,
  type VolgendeActie,
} from '@deelwijs/domain';
import {
  DEELVERZOEK_WORKFLOW,
  DeelverzoekInvoerV1,
  type DeelverzoekWorkflowInput,
  type DeelverzoekWorkflowStatus,
  deelverzoekStatusQuery,
  OVERTREDING_FAILURE,
  opdrachtUpdate,
  registratieUpdate,
  VASTLEGGEN_MISLUKT_FAILURE,
  VEROUDERD_FAILURE,
} from '@deelwijs/temporal';
import { Inject, Injectable } from '@nestjs/common';
import {
  ApplicationFailure,
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import type { Gebruiker, Rol } from '../../auth/gebruiker';
import { relatiesMetDeelverzoek } from '../../auth/relaties';
import { afgeleidId } from '../../http/idempotentie/idempotent';
import { problemen } from '../../http/problem';
import { alsStoring } from '../../http/storingen';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';
import { BeleidService } from '../beleid/beleid.service';
import { leesDossier, medewerkersVan } from '../dossier/lezen';
import { alleenPoolweergave } from '../toegang';
import { maakVerantwoording } from './verantwoording/verantwoording';

const iso = (t: string) => new Date(t).toISOString();

const naarView = ({
  deelverzoek: d,
  client,
  eigenaarNaam,
}: {
  deelverzoek: DeelverzoekRij;
  client: { pseudoniem: string };
  eigenaarNaam: string | null;
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
    eigenaar: { gebruikerId: d.eigenaar, naam: eigenaarNaam },
    aangemaaktOp: iso(d.aangemaaktOp),
    bijgewerktOp: iso(d.bijgewerktOp),
    contentVersie: d.contentVersie,
    beleidVersie: d.beleidVersie,
    volgnummer: d.volgnummer,
    volgendeActie: d.volgendeActie as VolgendeActie | null,
    volgendeActieOp: d.volgendeActieOp ? iso(d.volgendeActieOp) : null,
    volgendeActieInWerkdagen: d.volgendeActieInWerkdagen,
  };
};

/** More than this many deelverzoeken involving one collega or leidinggevende is an incident, not a list. */
const MAX_BETROKKEN = 500;

/**
 * Who acts comes from the session, never from the body. Content version 2025.1.0 let a leidinggevende
 * give an uitstel naming who asked for it (`aangevraagdDoor`); that field is refused, so nobody can
 * approve an uitstel "asked" by a made-up id or by a colleague who never asked.
 */
function geenAanvragerUitBody(opdracht: Opdracht): void {
  if (opdracht.soort !== 'uitstel' || !opdracht.aangevraagdDoor) return;
  throw problemen.regelOvertreden([
    overtreding(
      'aanvrager-uit-sessie',
      'Wie om uitstel vraagt, volgt uit wie er is ingelogd: vraag het uitstel zelf aan. Een leidinggevende die het niet vroeg, beslist erover.',
      BRON_GERECHTVAARDIGDE_REDEN,
    ),
  ]);
}

@Injectable()
export class DeelverzoekenService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
    private readonly beleid: BeleidService,
  ) {}

  /** With an Idempotency-Key the workflow id follows from it, so a retry finds the same deelverzoek. */
  async start(
    gebruiker: Gebruiker,
    aanvraag: NieuwDeelverzoek,
    sleutel?: string,
  ): Promise<DeelverzoekView | DeelverzoekInBehandeling> {
    const client = await clientQueries(this.db.db).vind(aanvraag.clientId);
    if (!client) throw problemen.nietGevonden('Deze cliënt');
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

    const id = sleutel ? afgeleidId(gebruiker.id, sleutel, 'deelverzoek') : randomUUID();
    // The workflow's own versioned schema, so nothing starts that the workflow would refuse.
    const invoer = DeelverzoekInvoerV1.safeParse({
      v: 1,
      id,
      aanvraag,
      door: { gebruikerId: gebruiker.id },
      contentVersie: CONTENT_VERSIE,
      // The organisation's deadlines in force now; the workflow keeps them for its whole life.
      beleid: await this.beleid.inGebruik(),
      client: clientVoorRegels,
      professional: professional.data,
    } satisfies DeelverzoekWorkflowInput);
    if (!invoer.success)
      throw problemen.ongeldigeInvoer(
        invoer.error.issues.map((i) => ({ pad: i.path.join('.'), bericht: i.message })),
        'De gegevens van deze cliënt of van uw account zijn niet volledig genoeg om een deelverzoek te starten.',
      );
    const input = invoer.data;
    // Update-With-Start: the answer comes from the workflow once the deelverzoek is on file. A retry
    // with the same Idempotency-Key names the same workflow and waits for the same registration.
    const start = new WithStartWorkflowOperation(DEELVERZOEK_WORKFLOW, {
      taskQueue: this.temporal.taskQueue,
      workflowId: id,
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A deelverzoek id names one process, ever: a late retry must find it, not start it again.
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [input],
    });
    try {
      await this.temporal.client.workflow.executeUpdateWithStart(registratieUpdate, {
        startWorkflowOperation: start,
      });
    } catch (error) {
      const gestart = await Promise.race([
        start.workflowHandle().then(
          () => true,
          () => false,
        ),
        slaap(0).then(() => false),
      ]);
      // Closed already (a retry long after the first answer): what the file says is the answer.
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        const rij = await deelverzoekQueries(this.db.db).vind(id);
        if (rij) return naarView(rij);
      }
      // Started, but the worker did not put it on file within this request's time: it will, durably.
      if (gestart || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError)
        return {
          id,
          geregistreerd: false,
          bericht: 'Het deelverzoek is aangenomen en wordt vastgelegd zodra de verwerking weer draait.',
        };
      throw problemen.nietBeschikbaar(
        'Het procesregister (Temporal) is niet bereikbaar; het deelverzoek is niet aangemaakt. Probeer het zo opnieuw.',
        { cause: error },
      );
    }
    const rij = await deelverzoekQueries(this.db.db).vind(id);
    if (!rij)
      throw problemen.nietBeschikbaar(
        'Het deelverzoek is aangemaakt maar nog niet te lezen; probeer het zo opnieuw.',
      );
    return naarView(rij);
  }

  /**
   * The deelverzoeken this person may see, by the policy's row for the list: a casemanager the
   * team's (less the reviews in the pool they have yet to take), a collega or leidinggevende only
   * those they are involved in, anyone else none.
   */
  async lijst(
    gebruiker: Gebruiker,
    pagina: number,
    perPagina: number,
    open = false,
    /** Only those this casemanager is responsible for now (the werkvoorraad). */
    alleenEigen = false,
  ) {
    const q = deelverzoekQueries(this.db.db);
    if (gebruiker.rollen.includes('casemanager')) {
      const { items, totaal } = await q.lijst({
        pagina,
        perPagina,
        team: gebruiker.team,
        open,
        ...(alleenEigen ? { eigenaar: gebruiker.id } : {}),
        ...(gebruiker.rollen.includes('deskundige-collega') ? { zonderPoolVoor: gebruiker.id } : {}),
      });
      return { items: items.map(naarView), totaal };
    }
    const regel = beleidVoor('deelverzoekenLijst');
    if (!gebruiker.rollen.some((r) => r !== 'privacy-officer' && (rollenVan(regel) as Rol[]).includes(r)))
      return { items: [], totaal: 0 };
    const rijen = await q.mogelijkBetrokken({
      team: gebruiker.team,
      gebruikerId: gebruiker.id,
      handtekening: gebruiker.rollen.includes('leidinggevende'),
      limiet: MAX_BETROKKEN,
    });
    const zichtbaar = rijen
      .filter((r) => !open || !afgeslotenStatussen.has(r.deelverzoek.status as DeelverzoekStatus))
      .filter((r) => toegestaan(regel, gebruiker.rollen, relatiesMetDeelverzoek(gebruiker, r)));
    const begin = (pagina - 1) * perPagina;
    return { items: zichtbaar.slice(begin, begin + perPagina).map(naarView), totaal: zichtbaar.length };
  }

  /** Whether this person may see it is the AccessGuard's (the access policy); here it only must exist. */
  private async vanTeam(_gebruiker: Gebruiker, id: string) {
    const rij = await deelverzoekQueries(this.db.db).vind(id);
    if (!rij) throw problemen.nietGevonden('Dit deelverzoek');
    return rij;
  }

  /** Whether this person may see only the pool's limited view of this deelverzoek (need to know). */
  private async alleenPool(gebruiker: Gebruiker, id: string) {
    if (!gebruiker.rollen.includes('deskundige-collega')) return null;
    const stand = await deelverzoekQueries(this.db.db).procesStand(id);
    return stand && alleenPoolweergave(gebruiker, stand.proces) ? stand.proces : null;
  }

  /** The guard let only those through who may see it in full (a collega in the pool sees only the wizard's pool view). */
  private async zichtbaar(gebruiker: Gebruiker, id: string) {
    return this.vanTeam(gebruiker, id);
  }

  async vind(gebruiker: Gebruiker, id: string): Promise<DeelverzoekView> {
    return naarView(await this.zichtbaar(gebruiker, id));
  }

  async aantekeningen(gebruiker: Gebruiker, id: string): Promise<DossieraantekeningView[]> {
    await this.zichtbaar(gebruiker, id);
    return this.aantekeningenVan(id);
  }

  private async aantekeningenVan(id: string): Promise<DossieraantekeningView[]> {
    const rijen = await deelverzoekQueries(this.db.db).aantekeningen(id);
    const leesbaar = rijen[0] ? await leesDossier(this.db.db, rijen[0].clientId, rijen) : [];
    return rijen.map((a, i) => ({
      id: a.id,
      soort: a.soort,
      tekst: a.tekst,
      // The file stores who acted with their roles then; the view names only who (its contract).
      door: { gebruikerId: a.door.gebruikerId },
      op: iso(a.op),
      contentVersie: a.contentVersie,
      beleidVersie: a.beleidVersie,
      leesbaar: leesbaar[i] as LeesbareAantekeningView,
    }));
  }

  /** The account of this deelverzoek, from the file, read with the names of the people who acted. */
  async verantwoording(gebruiker: Gebruiker, id: string) {
    const [deelverzoek, aantekeningen] = await Promise.all([
      this.vind(gebruiker, id),
      this.aantekeningen(gebruiker, id),
    ]);
    return maakVerantwoording(deelverzoek, aantekeningen, new Date().toISOString());
  }

  /**
   * One human action on the process; the workflow's validator applies the rules (422 when they refuse)
   * and refuses a command on a state the person did not see (409). The Idempotency-Key becomes the
   * Update id, so Temporal itself deduplicates a retry whose first answer never reached the caller.
   */
  async voerUit(
    gebruiker: Gebruiker,
    id: string,
    { opdracht, volgnummer }: { opdracht: Opdracht; volgnummer: number },
    sleutel?: string,
  ): Promise<DeelverzoekWizard> {
    // Who may give this kind of command on this deelverzoek the guard decided (the policy's row per soort).
    await this.vanTeam(gebruiker, id);
    geenAanvragerUitBody(opdracht);
    await this.toetserVanTeam(gebruiker, opdracht);
    // The Update answers with the process as it stands after the step: the page needs no query.
    const na = await this.update(() =>
      this.temporal.client.workflow.getHandle(id).executeUpdate(opdrachtUpdate, {
        args: [{ opdracht, door: naarMedewerker(gebruiker), volgnummer }],
        ...(sleutel ? { updateId: afgeleidId(gebruiker.id, sleutel, `opdracht:${id}`) } : {}),
      }),
    );
    return this.wizardVan(gebruiker, id, na.proces);
  }

  /**
   * A review asked of one collega must be asked of a deskundige collega of the team: the werkvoorraad
   * is the team's, so anyone else would never see it and the review would wait for nobody. (Asking
   * oneself passes here; the domain refuses it with its own rule.)
   */
  private async toetserVanTeam(gebruiker: Gebruiker, opdracht: Opdracht): Promise<void> {
    if (opdracht.soort !== 'toetser-toewijzen' || opdracht.toetser.soort !== 'collega') return;
    const gevraagd = opdracht.toetser.gebruikerId.trim();
    const collegas = await gebruikerQueries(this.db.db).collegasVanTeam(gebruiker.team);
    if (collegas.some((c) => c.id === gevraagd)) return;
    throw problemen.regelOvertreden([
      overtreding(
        'toetser-niet-van-het-team',
        'Vraag een deskundige collega van uw eigen team, of laat de toetsing aan de pool van het team.',
        bronAfweging('4a'),
      ),
    ]);
  }

  /**
   * Everything the deelverzoek page shows, in one answer (GET …/wizard); for a collega who has yet
   * to take its review from the pool, only what is needed to decide to take it.
   */
  async wizard(gebruiker: Gebruiker, id: string): Promise<DeelverzoekWizard | ToetsingInPoolView> {
    const rij = await this.vanTeam(gebruiker, id);
    const pool = await this.alleenPool(gebruiker, id);
    if (pool?.status === 'afweging-4') {
      const d = rij.deelverzoek;
      return {
        soort: 'toetsing-in-pool',
        deelverzoekId: d.id,
        client: { pseudoniem: rij.client.pseudoniem },
        afweging: pool.afweging4.afweging,
        spoed: pool.afweging4.spoed,
        uiterlijk: d.volgendeActieOp ? iso(d.volgendeActieOp) : null,
        inWerkdagen: d.volgendeActieInWerkdagen,
        volgnummer: d.volgnummer,
      };
    }
    return this.wizardVan(gebruiker, id);
  }

  /**
   * The page's view from the file, with the process state given (a command's Update returns it) or
   * read while the deelverzoek is open; a closed one shows only its file.
   */
  private async wizardVan(
    gebruiker: Gebruiker,
    id: string,
    bekend?: DeelverzoekProces,
  ): Promise<DeelverzoekWizard> {
    const rij = await this.zichtbaar(gebruiker, id);
    const deelverzoek = naarView(rij);
    const [aantekeningen, personen, proces] = await Promise.all([
      this.aantekeningenVan(id),
      clientQueries(this.db.db).vertegenwoordigers(rij.deelverzoek.clientId),
      deelverzoek.afgesloten ? null : (bekend ?? this.proces(gebruiker, id)),
    ]);
    const vertegenwoordigers = personen.map((p) => ({
      id: p.id,
      naam: p.naam,
      rol: p.rol as VertegenwoordigerRol,
    }));
    // The process names colleagues by account id; the page names them by name and role.
    const genoemd = await medewerkersVan(this.db.db, genoemdeMedewerkers(aantekeningen, proces));
    const medewerkers = [...genoemd].map(([gebruikerId, m]) => ({
      gebruikerId,
      naam: m.naam,
      rollen: m.rollen.map((r) => r.label),
    }));
    return { ...deelverzoek, proces, vertegenwoordigers, aantekeningen, medewerkers };
  }

  /** The process as the workflow holds it: the wizard reads its answers, who consents, the attempts. */
  /**
   * The process state as written with its last step. Only a deelverzoek whose last step predates
   * the snapshot asks the workflow, which needs the worker and queues behind its other work.
   */
  async proces(_gebruiker: Gebruiker, id: string) {
    const stand = await deelverzoekQueries(this.db.db).procesStand(id);
    if (!stand) throw problemen.nietGevonden('Dit deelverzoek');
    if (stand.proces) return stand.proces;
    try {
      return (await this.temporal.client.workflow.getHandle(id).query(deelverzoekStatusQuery)).proces;
    } catch (error) {
      // A closed workflow answers queries for as long as Temporal keeps its history; after that only the file remains.
      if (error instanceof WorkflowNotFoundError)
        throw problemen.afgesloten(
          'Het procesverloop van dit deelverzoek is niet meer op te vragen, omdat het al lang is afgesloten. Het dossier en de verantwoording blijven beschikbaar.',
        );
      throw (
        alsStoring(error) ??
        problemen.nietBeschikbaar('De procesgegevens zijn nu niet op te vragen; probeer het zo opnieuw.', {
          cause: error,
        })
      );
    }
  }

  /** The workflow's validator answers with the rule that forbids the step; pass it on as a 422. */
  async update(call: () => Promise<DeelverzoekWorkflowStatus>) {
    try {
      return await call();
    } catch (error) {
      const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === OVERTREDING_FAILURE) {
        throw problemen.regelOvertreden((cause.details?.[0] as Overtreding[] | undefined) ?? []);
      }
      if (cause instanceof ApplicationFailure && cause.type === VEROUDERD_FAILURE)
        throw problemen.verouderd();
      // The workflow could not write the step; it undid the step and stays ready for the next command.
      if (cause instanceof ApplicationFailure && cause.type === VASTLEGGEN_MISLUKT_FAILURE) {
        throw problemen.nietVastgelegd(error);
      }
      // The file knows the deelverzoek, so a workflow that is not found has finished: nothing more can be done.
      if (error instanceof WorkflowNotFoundError) {
        throw problemen.afgesloten(
          'Dit deelverzoek is afgesloten. Er kan geen stap meer bij; start zo nodig een nieuw deelverzoek.',
        );
      }
      throw error;
    }
  }
}
