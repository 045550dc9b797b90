import {
  alleRollen,
  type DeelverzoekOverdracht,
  type DeelverzoekView,
  naarMedewerker,
  type OverdrachtRegel,
  type OverdrachtUitslag,
  type Rol,
  type TeamDeelverzoek,
  type TeamOverdracht,
  type TeamWerk,
} from '@deelwijs/contract';
import { type DbHandle, deelverzoekQueries, gebruikerQueries } from '@deelwijs/db';
import {
  afgeslotenStatussen,
  BRON_OVERDRACHT,
  type DeelverzoekStatus,
  type Overdracht,
  overtreding,
  type VolgendeActie,
} from '@deelwijs/domain';
import { overdrachtUpdate } from '@deelwijs/temporal';
import { Inject, Injectable } from '@nestjs/common';
import type { Gebruiker } from '../../auth/gebruiker';
import { afgeleidId } from '../../http/idempotentie/idempotent';
import { ProblemException, problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';
import { DeelverzoekenService } from '../deelverzoeken/deelverzoeken.service';

/** A team's open work is small; more than this for one casemanager is an incident, not a list. */
const MAX_OPEN = 1000;

type OpenRij = Awaited<ReturnType<ReturnType<typeof deelverzoekQueries>['openVanTeam']>>[number];

const naarTeamDeelverzoek = (r: OpenRij): TeamDeelverzoek => ({
  id: r.id,
  client: { id: r.clientId, pseudoniem: r.pseudoniem },
  status: r.status as DeelverzoekStatus,
  volgnummer: r.volgnummer,
  volgendeActie: r.volgendeActie as VolgendeActie | null,
  volgendeActieOp: r.volgendeActieOp ? new Date(r.volgendeActieOp).toISOString() : null,
  volgendeActieInWerkdagen: r.volgendeActieInWerkdagen,
});

const geenCasemanager = () =>
  problemen.regelOvertreden([
    overtreding(
      'overdracht-geen-casemanager-van-het-team',
      'Draag het werk over aan een casemanager van uw eigen team.',
      BRON_OVERDRACHT,
    ),
  ]);

/**
 * Open work moves: a leidinggevende sees the team's open deelverzoeken per casemanager and moves
 * them, one or all at once, to a colleague. Each move is the deelverzoek workflow's `draagOver`
 * Update (the domain's rules in its validator), so it lands in the file and the clocks follow it.
 */
@Injectable()
export class OverdrachtService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
    private readonly deelverzoeken: DeelverzoekenService,
  ) {}

  /** The team is the session's; a casemanager is listed even with nothing open. */
  async teamWerk(gebruiker: Gebruiker): Promise<TeamWerk> {
    const [casemanagers, open] = await Promise.all([
      gebruikerQueries(this.db.db).casemanagersVanTeam(gebruiker.team),
      deelverzoekQueries(this.db.db).openVanTeam({ team: gebruiker.team, limiet: MAX_OPEN }),
    ]);
    const bekend = new Set(casemanagers.map((c) => c.id));
    return {
      casemanagers: casemanagers.map((c) => ({
        id: c.id,
        naam: c.naam,
        open: open.filter((r) => r.eigenaar === c.id).map(naarTeamDeelverzoek),
      })),
      zonderCasemanager: open
        .filter((r) => !bekend.has(r.eigenaar))
        .map((r) => ({ ...naarTeamDeelverzoek(r), eigenaar: r.eigenaar })),
    };
  }

  /** What the domain needs to know of the colleague: their roles and team, from their account. */
  private async collega(id: string, ontvangt = true): Promise<Overdracht['naar']> {
    const g = await gebruikerQueries(this.db.db).vind(id.trim());
    if (!g) throw geenCasemanager();
    // Work goes only to someone who can log in and see its reminders; it may always leave anyone.
    if (ontvangt && g.status !== 'actief')
      throw problemen.ongeldigeInvoer([
        {
          pad: 'naar',
          bericht:
            g.status === 'uitgenodigd'
              ? `${g.naam} heeft de uitnodiging nog niet aangenomen en kan nog niet inloggen. Kies een collega met een actief account.`
              : `Het account van ${g.naam} is gedeactiveerd. Kies een collega met een actief account.`,
        },
      ]);
    // Roles as stored are text; only those the contract knows count.
    const rollen = g.rollen.filter((r): r is Rol => (alleRollen as readonly string[]).includes(r));
    return { gebruikerId: g.id, rollen: naarMedewerker({ id: g.id, rollen }).rollen, team: g.team };
  }

  private voer(
    gebruiker: Gebruiker,
    id: string,
    overdracht: Overdracht,
    volgnummer: number | undefined,
    updateId: string | undefined,
  ) {
    return this.deelverzoeken.update(() =>
      this.temporal.client.workflow.getHandle(id).executeUpdate(overdrachtUpdate, {
        args: [
          {
            overdracht,
            door: naarMedewerker(gebruiker),
            ...(volgnummer === undefined ? {} : { volgnummer }),
          },
        ],
        ...(updateId ? { updateId } : {}),
      }),
    );
  }

  /** One deelverzoek, as seen at `volgnummer`; the Idempotency-Key becomes the Update id. */
  async draagOver(
    gebruiker: Gebruiker,
    id: string,
    { volgnummer, naar, reden }: DeelverzoekOverdracht,
    sleutel?: string,
  ): Promise<DeelverzoekView> {
    const rij = await deelverzoekQueries(this.db.db).vind(id);
    if (!rij) throw problemen.nietGevonden('Dit deelverzoek');
    if (afgeslotenStatussen.has(rij.deelverzoek.status as DeelverzoekStatus))
      throw problemen.afgesloten(
        'Dit deelverzoek is afgesloten. Er is geen open werk meer om over te dragen.',
      );
    const overdracht: Overdracht = {
      naar: await this.collega(naar),
      reden,
      team: rij.client.team,
      doorTeam: gebruiker.team,
    };
    await this.voer(
      gebruiker,
      id,
      overdracht,
      volgnummer,
      sleutel ? afgeleidId(gebruiker.id, sleutel, `overdracht:${id}`) : undefined,
    );
    return this.deelverzoeken.vind(gebruiker, id);
  }

  /**
   * All open deelverzoeken of one casemanager (or the chosen ones) to a colleague. Each is its own
   * Update and its own dossieraantekening; one closed in the meantime is reported, the rest move.
   * Without a volgnummer: the leidinggevende chose a person's work, not one state of it. A retry
   * with the same Idempotency-Key reuses each Update id, so nothing moves twice.
   */
  async werkOverdragen(
    gebruiker: Gebruiker,
    { van, naar, reden, deelverzoeken }: TeamOverdracht,
    sleutel?: string,
  ): Promise<OverdrachtUitslag> {
    const [vanCollega, naarCollega] = await Promise.all([this.collega(van, false), this.collega(naar)]);
    if (vanCollega.team !== gebruiker.team) throw geenCasemanager();
    if (vanCollega.gebruikerId === naarCollega.gebruikerId)
      throw problemen.regelOvertreden([
        overtreding(
          'overdracht-zelfde-eigenaar',
          'Kies een andere casemanager dan degene van wie het werk komt.',
          BRON_OVERDRACHT,
        ),
      ]);
    // Checked once here for all (the domain checks it again for each).
    if (naarCollega.team !== gebruiker.team || !naarCollega.rollen.includes('professional'))
      throw geenCasemanager();
    const open = await deelverzoekQueries(this.db.db).openVanTeam({
      team: gebruiker.team,
      eigenaar: vanCollega.gebruikerId,
      limiet: MAX_OPEN,
    });
    const gekozen = deelverzoeken ? new Set(deelverzoeken) : undefined;
    if (gekozen && [...gekozen].some((id) => !open.some((r) => r.id === id)))
      throw problemen.regelOvertreden([
        overtreding(
          'overdracht-niet-van-deze-casemanager',
          'Een gekozen deelverzoek is niet (meer) open of hoort niet bij deze casemanager. Laad het overzicht opnieuw.',
          BRON_OVERDRACHT,
        ),
      ]);
    const teDoen = gekozen ? open.filter((r) => gekozen.has(r.id)) : open;
    const regels: OverdrachtRegel[] = [];
    for (const r of teDoen) {
      const overdracht: Overdracht = {
        naar: naarCollega,
        reden,
        team: gebruiker.team,
        doorTeam: gebruiker.team,
      };
      try {
        await this.voer(
          gebruiker,
          r.id,
          overdracht,
          undefined,
          sleutel ? afgeleidId(gebruiker.id, sleutel, `overdracht:${r.id}`) : undefined,
        );
        regels.push({
          id: r.id,
          client: { id: r.clientId, pseudoniem: r.pseudoniem },
          overgedragen: true,
          bericht: null,
        });
      } catch (fout) {
        // A rule or a closed process speaks for this one deelverzoek; anything else stops the request.
        if (!(fout instanceof ProblemException) || fout.problem.status >= 500) throw fout;
        regels.push({
          id: r.id,
          client: { id: r.clientId, pseudoniem: r.pseudoniem },
          overgedragen: false,
          bericht: fout.problem.detail ?? null,
        });
      }
    }
    const overgedragen = regels.filter((r) => r.overgedragen).length;
    return {
      van: vanCollega.gebruikerId,
      naar: naarCollega.gebruikerId,
      overgedragen,
      nietOvergedragen: regels.length - overgedragen,
      deelverzoeken: regels,
    };
  }
}
