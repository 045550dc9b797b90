import { createHash, randomBytes } from 'node:crypto';
import {
  type Account,
  type AccountVelden,
  type Gebruiker,
  type NieuweGebruiker,
  type NieuwTeam,
  type Rol,
  type Rolwijziging,
  type RolwijzigingenQuery,
  rollenDieClientgegevensLezen,
  type Team,
  type Uitgenodigd,
  type UitnodigingVerzending,
} from '@deelwijs/contract';
import {
  type Db,
  type DbHandle,
  type GebruikerRij,
  gebruikerQueries,
  type LaatsteUitnodiging,
  type NieuweRolwijziging,
  rolwijzigingQueries,
  sessieQueries,
  teamQueries,
  uitnodigingQueries,
} from '@deelwijs/db';
import { nederlandseTijd } from '@deelwijs/domain';
import {
  UITNODIGING_WORKFLOW,
  UitnodigingInvoerV1,
  type UitnodigingUitkomst,
  uitnodigingWorkflowId,
} from '@deelwijs/temporal';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../config';
import { problemen } from '../../http/problem';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';
import { naarGebruiker } from '../sessies/sessies.service';

export const hashUitnodiging = (token: string) => createHash('sha256').update(token).digest('hex');

const iso = (t: string | null | undefined) => (t ? new Date(t).toISOString() : null);

const slug = (tekst: string) =>
  tekst
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100) || 'x';

const leest = (rol: string) => (rollenDieClientgegevensLezen as readonly string[]).includes(rol);

/** How long the answer waits for the mail to be handed over; after that it says 'wordt-verstuurd'. */
const WACHT_OP_MAIL_MS = 3_000;

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * The functioneel beheerder's accounts and teams. The beheerder invites and never knows a password;
 * every role granted or revoked goes into the rolwijzigingslog; nobody changes their own account.
 */
@Injectable()
export class GebruikersService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  async lijst(): Promise<Account[]> {
    const [rijen, uitnodigingen] = await Promise.all([
      gebruikerQueries(this.db.db).lijst(),
      uitnodigingQueries(this.db.db).laatste(),
    ]);
    return rijen.map((r) => this.naarAccount(r, uitnodigingen.get(r.id)));
  }

  async uitnodigen(door: Gebruiker, invoer: NieuweGebruiker): Promise<Uitgenodigd> {
    const email = invoer.email.trim().toLowerCase();
    if (email === door.email.toLowerCase())
      throw problemen.geenToegang(
        'U kunt uzelf niet uitnodigen: rollen aan uzelf geven kan niet. Vraag een andere functioneel beheerder.',
      );
    await this.controleerTeam(invoer.team);
    const queries = gebruikerQueries(this.db.db);
    if (await queries.vindOpEmail(email))
      throw problemen.ongeldigeInvoer([
        { pad: 'email', bericht: 'Er is al een account met dit e-mailadres.' },
      ]);
    const id = `${slug(invoer.naam)}-${randomBytes(3).toString('hex')}`;
    const { email: _, ...velden } = invoer;
    const verlooptOp = this.verlooptOp();
    const rij = await this.db.db.transaction(async (tx) => {
      await gebruikerQueries(tx).voegToe([
        { ...velden, id, email, status: 'uitgenodigd', wachtwoordHash: null },
      ]);
      await uitnodigingQueries(tx).maak({
        gebruikerId: id,
        volgnummer: 1,
        aangemaaktDoor: door.id,
        verlooptOp,
      });
      await rolwijzigingQueries(tx).voegToe(
        invoer.rollen.map((rol) => this.wijziging(door.id, id, rol, 'toegekend', invoer.team)),
      );
      // Started inside the transaction: if Temporal is away the whole invitation rolls back (503).
      await this.startVerzending(id, 1, verlooptOp);
      return (await gebruikerQueries(tx).vind(id))!;
    });
    return this.uitgenodigd(rij, 1);
  }

  /** Mails a new link to an account that has not started yet; its earlier links stop working. */
  async opnieuwUitnodigen(door: Gebruiker, id: string): Promise<Uitgenodigd> {
    const verlooptOp = this.verlooptOp();
    const { rij, volgnummer } = await this.db.db.transaction(async (tx) => {
      // Under the account's lock, so two re-sends at once get two volgnummers, never the same one twice.
      const rij = await gebruikerQueries(tx).vergrendel(id);
      if (!rij) throw problemen.nietGevonden('Dit account');
      if (rij.status !== 'uitgenodigd')
        throw problemen.conflict(
          'Dit account wacht niet op een uitnodiging',
          rij.status === 'actief'
            ? 'Dit account is al in gebruik: de uitgenodigde heeft een wachtwoord gekozen of is ingelogd.'
            : 'Dit account is gedeactiveerd en kan niet opnieuw worden uitgenodigd.',
        );
      const q = uitnodigingQueries(tx);
      const volgnummer = await q.volgendVolgnummer(id);
      await q.trekIn(id, new Date().toISOString());
      await q.maak({ gebruikerId: id, volgnummer, aangemaaktDoor: door.id, verlooptOp });
      await this.startVerzending(id, volgnummer, verlooptOp);
      return { rij, volgnummer };
    });
    return this.uitgenodigd(rij, volgnummer);
  }

  /**
   * Starts the workflow that makes the token and mails the link. Its id names the link, so a start
   * repeated for the same link (a retry of this request) is the same workflow.
   */
  private async startVerzending(gebruikerId: string, volgnummer: number, verlooptOp: string) {
    const input = UitnodigingInvoerV1.parse({ v: 1, gebruikerId, volgnummer, verlooptOp });
    await this.temporal.client.workflow.start(UITNODIGING_WORKFLOW, {
      taskQueue: this.temporal.taskQueue,
      workflowId: uitnodigingWorkflowId(gebruikerId, volgnummer),
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      args: [input],
    });
  }

  /** The answer after inviting: waits a moment for the mail, so the beheerder usually reads 'verstuurd'. */
  private async uitgenodigd(rij: GebruikerRij, volgnummer: number): Promise<Uitgenodigd> {
    const handle = this.temporal.client.workflow.getHandle(uitnodigingWorkflowId(rij.id, volgnummer));
    await Promise.race([
      handle.result().then(
        (uitkomst: UitnodigingUitkomst) => uitkomst,
        () => undefined,
      ),
      new Promise((r) => setTimeout(r, WACHT_OP_MAIL_MS).unref()),
    ]);
    // What the database says is the answer, whatever the workflow managed in the time given.
    const laatste = (await uitnodigingQueries(this.db.db).laatste()).get(rij.id)!;
    return { account: this.naarAccount(rij, laatste), uitnodiging: verzending(rij.email, laatste) };
  }

  async wijzig(door: Gebruiker, id: string, velden: AccountVelden): Promise<Account> {
    if (id === door.id)
      throw problemen.geenToegang(
        'Uw eigen rollen, team, pet en beroepsgeheim wijzigt u niet zelf. Vraag een andere functioneel beheerder.',
      );
    await this.controleerTeam(velden.team);
    // The change is worked out from the account as it stands under its lock: two beheerders changing
    // one account at once log each grant and revocation once, against what was really there.
    const rij = await this.db.db.transaction(async (tx) => {
      const oud = await gebruikerQueries(tx).vergrendel(id);
      if (!oud) throw problemen.nietGevonden('Dit account');
      if (oud.status === 'gedeactiveerd')
        throw problemen.conflict(
          'Dit account is gedeactiveerd',
          'Een gedeactiveerd account krijgt geen rollen meer. Nodig de persoon zo nodig opnieuw uit met een nieuw account.',
        );
      const nieuweRollen = [...new Set(velden.rollen)];
      const nieuw = await gebruikerQueries(tx).wijzig(id, { ...velden, rollen: nieuweRollen });
      await rolwijzigingQueries(tx).voegToe(
        this.wijzigingen(door.id, oud, { ...velden, rollen: nieuweRollen }),
      );
      return nieuw!;
    });
    const uitnodigingen = await uitnodigingQueries(this.db.db).laatste();
    return this.naarAccount(rij, uitnodigingen.get(id));
  }

  async deactiveer(door: Gebruiker, id: string): Promise<Account> {
    if (id === door.id)
      throw problemen.geenToegang(
        'Uw eigen account deactiveert u niet zelf. Vraag een andere functioneel beheerder.',
      );
    const rij = await this.vind(id);
    if (rij.status === 'gedeactiveerd')
      throw problemen.conflict('Dit account is al gedeactiveerd', 'Dit account kan al niet meer inloggen.');
    const nu = new Date().toISOString();
    const gedeactiveerd = await this.db.db.transaction(async (tx) => {
      // Checked under the account's lock, so a concurrent change to the account waits for this one.
      await gebruikerQueries(tx).vergrendel(id);
      const werk = await gebruikerQueries(tx).openWerk(id);
      if (werk.deelverzoeken > 0 || werk.toetsingen > 0) {
        const delen = [
          werk.deelverzoeken > 0
            ? meervoud(werk.deelverzoeken, 'open deelverzoek', 'open deelverzoeken')
            : '',
          werk.toetsingen > 0
            ? meervoud(
                werk.toetsingen,
                'collegiale toetsing die op naam',
                'collegiale toetsingen die op naam',
              ) + (werk.toetsingen === 1 ? ' is gevraagd' : ' zijn gevraagd')
            : '',
        ].filter(Boolean);
        throw problemen.conflict(
          'Dit account heeft nog open werk',
          `${rij.naam} heeft nog ${delen.join(' en ')}. Zolang dat werk open is, blijft het account actief, zodat herinneringen en termijnen niet onopgemerkt verlopen. Laat het werk eerst afronden of overdragen aan een collega; daarna kunt u het account deactiveren.`,
        );
      }
      const nieuw = await gebruikerQueries(tx).deactiveer(id, nu);
      if (!nieuw)
        throw problemen.conflict('Dit account is al gedeactiveerd', 'Dit account kan al niet meer inloggen.');
      await sessieQueries(tx).verwijderVanGebruiker(id);
      await uitnodigingQueries(tx).trekIn(id, nu);
      // From now on this account reads nothing: every role it held counts as revoked.
      await rolwijzigingQueries(tx).voegToe(
        (nieuw.rollen as Rol[]).map((rol) => this.wijziging(door.id, id, rol, 'ingetrokken', nieuw.team)),
      );
      return nieuw;
    });
    return this.naarAccount(gedeactiveerd, undefined);
  }

  async teams(): Promise<Team[]> {
    return teamQueries(this.db.db).lijst();
  }

  async teamAanmaken(invoer: NieuwTeam): Promise<Team> {
    const queries = teamQueries(this.db.db);
    if (await queries.vindOpNaam(invoer.naam))
      throw problemen.ongeldigeInvoer([{ pad: 'naam', bericht: 'Er is al een team met deze naam.' }]);
    let id = slug(invoer.naam);
    if (await queries.vind(id)) id = `${id}-${randomBytes(2).toString('hex')}`;
    await queries.voegToe([{ id, naam: invoer.naam }]);
    return { id, naam: invoer.naam, accounts: 0 };
  }

  async teamHernoemen(id: string, invoer: NieuwTeam): Promise<Team> {
    const queries = teamQueries(this.db.db);
    if (!(await queries.vind(id))) throw problemen.nietGevonden('Dit team');
    const zelfde = await queries.vindOpNaam(invoer.naam);
    if (zelfde && zelfde.id !== id)
      throw problemen.ongeldigeInvoer([{ pad: 'naam', bericht: 'Er is al een team met deze naam.' }]);
    await queries.hernoem(id, invoer.naam);
    return (await queries.lijst()).find((t) => t.id === id)!;
  }

  async rolwijzigingen(q: RolwijzigingenQuery): Promise<{ items: Rolwijziging[]; totaal: number }> {
    const { items, totaal } = await rolwijzigingQueries(this.db.db).pagina({
      limiet: q.perPagina,
      offset: (q.pagina - 1) * q.perPagina,
      alleenClientgegevens: q.alleenClientgegevens === 'true',
    });
    return {
      totaal,
      items: items.map((r) => ({
        id: String(r.volgnummer),
        op: new Date(r.op).toISOString(),
        door: { id: r.doorId, naam: r.doorNaam },
        voor: { id: r.voorId, naam: r.voorNaam },
        rol: r.rol as Rol,
        wijziging: r.wijziging as Rolwijziging['wijziging'],
        team: r.team,
        teamNaam: r.teamNaam ?? r.team,
        leestClientgegevens: r.leestClientgegevens,
      })),
    };
  }

  private async vind(id: string): Promise<GebruikerRij> {
    const rij = await gebruikerQueries(this.db.db).vind(id);
    if (!rij) throw problemen.nietGevonden('Dit account');
    return rij;
  }

  private async controleerTeam(team: string) {
    if (!(await teamQueries(this.db.db).vind(team)))
      throw problemen.ongeldigeInvoer([
        { pad: 'team', bericht: 'Dit team bestaat niet. Kies een team uit de lijst, of maak het eerst aan.' },
      ]);
  }

  private verlooptOp() {
    return new Date(Date.now() + this.config.UITNODIGING_GELDIG_DAGEN * 24 * 3_600_000).toISOString();
  }

  /** Every role granted or revoked by moving `oud` to `velden`, as the rolwijzigingslog records it. */
  private wijzigingen(door: string, oud: GebruikerRij, velden: AccountVelden): NieuweRolwijziging[] {
    const id = oud.id;
    const oudeRollen = oud.rollen as Rol[];
    const nieuweRollen = velden.rollen;
    const wijzigingen: NieuweRolwijziging[] = [];
    for (const rol of oudeRollen.filter((r) => !nieuweRollen.includes(r)))
      wijzigingen.push(this.wijziging(door, id, rol, 'ingetrokken', oud.team));
    // A team change moves which clients a role reads: revoked in the old team, granted in the new.
    if (velden.team !== oud.team)
      for (const rol of oudeRollen.filter((r) => nieuweRollen.includes(r) && leest(r))) {
        wijzigingen.push(this.wijziging(door, id, rol, 'ingetrokken', oud.team));
        wijzigingen.push(this.wijziging(door, id, rol, 'toegekend', velden.team));
      }
    for (const rol of nieuweRollen.filter((r) => !oudeRollen.includes(r)))
      wijzigingen.push(this.wijziging(door, id, rol, 'toegekend', velden.team));
    return wijzigingen;
  }

  private wijziging(
    door: string,
    voor: string,
    rol: string,
    wijziging: 'toegekend' | 'ingetrokken',
    team: string,
  ): NieuweRolwijziging {
    return { door, voor, rol, wijziging, team, leestClientgegevens: leest(rol) };
  }

  private naarAccount(rij: GebruikerRij, uitnodiging: LaatsteUitnodiging | undefined): Account {
    const open =
      rij.status === 'uitgenodigd' && uitnodiging && !uitnodiging.gebruikt ? uitnodiging : undefined;
    return {
      ...naarGebruiker(rij),
      status: rij.status as Account['status'],
      gedeactiveerdOp: iso(rij.gedeactiveerdOp),
      uitnodigingVerlooptOp: open ? iso(open.verlooptOp) : null,
      uitnodiging: open ? verzending(rij.email, open) : null,
    };
  }
}

const verzending = (aan: string, u: LaatsteUitnodiging): UitnodigingVerzending => ({
  status: u.verstuurdOp ? 'verstuurd' : u.nietVerstuurdOp ? 'niet-verstuurd' : 'wordt-verstuurd',
  aan,
  ...(u.verstuurdOp ? { verstuurdOp: new Date(u.verstuurdOp).toISOString() } : {}),
  verlooptOp: new Date(u.verlooptOp).toISOString(),
});

/** The invitee's side: no session yet, the token in the body is the proof. */
@Injectable()
export class UitnodigingenService {
  constructor(@Inject(DB) private readonly db: DbHandle) {}

  async bekijk(token: string): Promise<{ naam: string; email: string; verlooptOp: string }> {
    const { gebruiker, uitnodiging } = await this.geldig(this.db.db, token);
    return {
      naam: gebruiker.naam,
      email: gebruiker.email,
      verlooptOp: new Date(uitnodiging.verlooptOp).toISOString(),
    };
  }

  async aanvaard(token: string, wachtwoordHash: () => Promise<string>): Promise<{ email: string }> {
    await this.geldig(this.db.db, token);
    const hash = await wachtwoordHash();
    return this.db.db.transaction(async (tx) => {
      const q = uitnodigingQueries(tx);
      const gebruikerId = await q.gebruik(hashUitnodiging(token), new Date().toISOString());
      if (!gebruikerId) throw problemen.verlopen(GEBRUIKT);
      const rij = await q.activeer(gebruikerId, hash);
      if (!rij) throw problemen.verlopen(GEBRUIKT);
      return { email: rij.email };
    });
  }

  private async geldig(db: Db, token: string) {
    const gevonden = await uitnodigingQueries(db).vind(hashUitnodiging(token));
    if (!gevonden)
      throw problemen.nietGevondenMet(
        'Deze uitnodigingslink kennen we niet. Controleer of u de hele link uit uw uitnodiging heeft geopend, of vraag uw functioneel beheerder om een nieuwe.',
      );
    const { uitnodiging, gebruiker } = gevonden;
    if (uitnodiging.gebruiktOp || gebruiker.status === 'actief') throw problemen.verlopen(GEBRUIKT);
    if (gebruiker.status !== 'uitgenodigd')
      throw problemen.verlopen(
        'Het account van deze uitnodiging is gedeactiveerd. Vraag uw functioneel beheerder om hulp.',
      );
    if (Date.parse(uitnodiging.verlooptOp) <= Date.now())
      throw problemen.verlopen(
        `Deze uitnodiging is verlopen op ${nederlandseTijd(new Date(uitnodiging.verlooptOp).toISOString())}. Vraag uw functioneel beheerder om een nieuwe link.`,
      );
    return gevonden;
  }
}

const GEBRUIKT =
  'Deze uitnodiging is al gebruikt: er is al een wachtwoord gekozen. Log in met uw e-mailadres en dat wachtwoord. Bent u het vergeten, vraag dan uw functioneel beheerder om hulp.';
