import type { Beleid, BeleidOverrides } from '@deelwijs/content';
import type { Actor, DeelverzoekProces, Ontvanger, ToestemmingRecord } from '@deelwijs/domain';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const clienten = pgTable(
  'clienten',
  {
    id: uuid('id').primaryKey(),
    /** Pseudonymous reference shown in lists and used in URLs instead of a name or BSN. */
    pseudoniem: text('pseudoniem').notNull().unique(),
    naam: text('naam').notNull(),
    geboortedatum: date('geboortedatum', { mode: 'string' }).notNull(),
    team: text('team').notNull(),
    /** Cannot reasonably weigh their interests in this matter (WGBO art. 7:465): a representative consents. */
    wilsonbekwaam: boolean('wilsonbekwaam').notNull().default(false),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // Every list is one team's caseload; with the id, a team's clients join a worklist from the index alone.
  (t) => [index('clienten_team_id_idx').on(t.team, t.id)],
);

/** People who may act for a client: parents with gezag, voogd, curator, mentor, … */
export const vertegenwoordigers = pgTable(
  'vertegenwoordigers',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clienten.id),
    naam: text('naam').notNull(),
    rol: text('rol').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('vertegenwoordigers_client_idx').on(t.clientId)],
);

export const deelverzoeken = pgTable(
  'deelverzoeken',
  {
    id: uuid('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clienten.id),
    doel: text('doel').notNull(),
    ontvangers: jsonb('ontvangers').$type<Ontvanger[]>().notNull(),
    status: text('status').notNull(),
    aangemaaktDoor: jsonb('aangemaakt_door').$type<Actor>().notNull(),
    /**
     * The casemanager responsible now (a user id): who started it, until a leidinggevende moved it
     * (overdracht). Written with every step from the process snapshot; the werkvoorraad reads it.
     */
    eigenaar: text('eigenaar').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull(),
    bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true, mode: 'string' }).notNull(),
    contentVersie: text('content_versie').notNull(),
    beleidVersie: text('beleid_versie').notNull(),
    /** Highest dossieraantekening sequence applied; status writes only move forward. */
    volgnummer: integer('volgnummer').notNull(),
    /** What the process waits for next and when it is due, for the werkvoorraad (set by the workflow). */
    volgendeActie: text('volgende_actie'),
    volgendeActieOp: timestamp('volgende_actie_op', { withTimezone: true, mode: 'string' }),
    /** Whether the policy set that moment in werkdagen, so the werkvoorraad counts in werkdagen too. */
    volgendeActieInWerkdagen: boolean('volgende_actie_in_werkdagen').notNull().default(false),
    /**
     * The process state after the step of `volgnummer`, written with it. Reads of the process need
     * neither the worker nor Temporal; null only for steps written before this column existed.
     */
    proces: jsonb('proces').$type<DeelverzoekProces>(),
  },
  (t) => [
    index('deelverzoeken_client_idx').on(t.clientId),
    index('deelverzoeken_aangemaakt_idx').on(t.aangemaaktOp),
    // A casemanager's own open work, and a leidinggevende's overview per casemanager.
    index('deelverzoeken_eigenaar_idx').on(t.eigenaar, t.volgendeActieOp),
    // A casemanager's werkvoorraad in its own order (due first, then newest), only what is still open.
    index('deelverzoeken_open_eigenaar_idx')
      .on(t.eigenaar, t.volgendeActieOp.asc(), t.aangemaaktOp.desc().nullsFirst())
      .where(
        sql`${t.status} not in ('doorverwezen', 'niet-gedeeld', 'gedeeld-met-toestemming', 'gedeeld-zonder-toestemming', 'ingetrokken')`,
      ),
    // The werkvoorraad and the overdue sign-offs: what waits for which step, due first.
    index('deelverzoeken_volgende_actie_idx')
      .on(t.volgendeActie, t.volgendeActieOp)
      .where(sql`${t.volgendeActie} is not null`),
    // The privacy officer's informeren-achteraf list (issue 14, bench/werklijsten): the open ones in
    // deadline order, with the client for the team filter, so a page and its count read only the index.
    index('deelverzoeken_informeren_idx')
      .on(t.volgendeActieOp, t.id, t.clientId)
      .where(sql`${t.volgendeActie} in ('informeren-achteraf', 'uitstel-beoordelen')`),
    // What waits for a leidinggevende (a signature, a decision about uitstel), due first, likewise.
    index('deelverzoeken_handtekening_idx')
      .on(t.volgendeActieOp, t.id, t.clientId)
      .where(
        sql`${t.volgendeActie} in ('akkoord-leidinggevende', 'akkoord-achteraf', 'uitstel-beoordelen') and ${t.proces} is not null`,
      ),
    // Acute verstrekkingen refused afterwards: only the snapshot says so, and they stay on the privacy officer's list.
    index('deelverzoeken_acuut_afgewezen_idx')
      .on(t.bijgewerktOp)
      .where(
        sql`(${t.proces} #>> '{afweging4,akkoord,besluit}') = 'afgewezen' and (${t.proces} #> '{afweging4,acuut}') is not null`,
      ),
    // Toezicht's counts (bench/werklijsten): consent processes whose clock has passed, and open
    // doorbrekingen, each counted from its own small index (with the client for a team filter).
    index('deelverzoeken_vastgelopen_idx')
      .on(t.volgendeActieOp, t.clientId)
      .where(sql`${t.status} = 'toestemming' and ${t.volgendeActie} = 'toestemming-vragen'`),
    index('deelverzoeken_open_doorbreking_idx')
      .on(t.clientId)
      .where(sql`${t.status} = 'afweging-4' or ${t.volgendeActie} = 'akkoord-achteraf'`),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const dossieraantekeningen = pgTable(
  'dossieraantekeningen',
  {
    id: text('id').primaryKey(),
    /** Null for an entry about the client itself (a correction), outside every deelverzoek. */
    deelverzoekId: uuid('deelverzoek_id').references(() => deelverzoeken.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clienten.id),
    soort: text('soort').notNull(),
    tekst: text('tekst').notNull(),
    door: jsonb('door').$type<Actor>().notNull(),
    op: timestamp('op', { withTimezone: true, mode: 'string' }).notNull(),
    contentVersie: text('content_versie').notNull(),
    beleidVersie: text('beleid_versie').notNull(),
    vastgelegdOp: timestamp('vastgelegd_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Position in the client's chain (1, 2, …) and the chain's hashes (see dossier/keten.ts). */
    ketenVolgnummer: integer('keten_volgnummer'),
    vorigeHash: text('vorige_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('dossieraantekeningen_client_idx').on(t.clientId, t.op),
    uniqueIndex('dossieraantekeningen_keten_idx').on(t.clientId, t.ketenVolgnummer),
    // Only an entry about the client itself stands outside a deelverzoek (clientAantekeningSoorten).
    check(
      'dossieraantekeningen_zonder_deelverzoek',
      sql`${t.deelverzoekId} is not null or ${t.soort} in ('vertegenwoordiger-toegevoegd', 'geboortedatum-gecorrigeerd', 'wilsonbekwaamheid-gewijzigd')`,
    ),
  ],
);

/**
 * The head of each client's chain, locked by every write for that client so two writes never fork
 * it. Per client, so writes for different clients go on side by side.
 */
export const dossierketens = pgTable('dossierketens', {
  // No foreign key: the head (with the tombstones) outlives a client removed at the end of retention,
  // so the verification still accounts for the whole chain.
  clientId: uuid('client_id').primaryKey(),
  aantal: integer('aantal').notNull(),
  laatsteHash: text('laatste_hash').notNull(),
  bijgewerktOp: timestamp('bijgewerkt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * Signed checkpoints of the chains, kept apart from the entries: deleting the newest entries or a
 * whole chain (and its head) still disagrees with the last checkpoint, which only the key can sign.
 */
export const dossiercontrolepunten = pgTable(
  'dossiercontrolepunten',
  {
    clientId: uuid('client_id').notNull(),
    aantal: integer('aantal').notNull(),
    hash: text('hash').notNull(),
    op: timestamp('op', { withTimezone: true, mode: 'string' }).notNull(),
    handtekening: text('handtekening').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.op] })],
);

/**
 * Tombstones: one row per retention removal, written only by the SECURITY DEFINER function
 * `verwijder_verlopen_dossieraantekeningen` (migration 0011), append-only like the entries. The
 * newest one of a client is where its chain now begins (`totVolgnummer`, `laatsteHash`).
 */
export const dossierverwijderingen = pgTable(
  'dossierverwijderingen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id').notNull(),
    aantal: integer('aantal').notNull(),
    /** The removed range of the chain, and the hash of its last entry (the new anchor). */
    vanVolgnummer: integer('van_volgnummer').notNull(),
    totVolgnummer: integer('tot_volgnummer').notNull(),
    laatsteHash: text('laatste_hash').notNull(),
    /** The chain's head when the entries went: its length and last hash. */
    kopAantal: integer('kop_aantal').notNull(),
    kopHash: text('kop_hash').notNull(),
    oudsteOp: timestamp('oudste_op', { withTimezone: true, mode: 'string' }).notNull(),
    nieuwsteOp: timestamp('nieuwste_op', { withTimezone: true, mode: 'string' }).notNull(),
    /** Entries from before this moment were past retention. */
    grens: timestamp('grens', { withTimezone: true, mode: 'string' }).notNull(),
    verwijderdOp: timestamp('verwijderd_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Who asked (a user id or a workflow) and why; the database role that called, as the server saw it. */
    door: text('door').notNull(),
    reden: text('reden').notNull(),
    databaseRol: text('database_rol').notNull(),
  },
  (t) => [index('dossierverwijderingen_client_idx').on(t.clientId, t.totVolgnummer)],
);

/**
 * Tombstones of clients removed at the end of retention, written only by the SECURITY DEFINER
 * function `verwijder_verlopen_clientgegevens` (migration 0016), append-only. What went, counted;
 * never a name: the client id is a bare pseudonym once its row is gone.
 */
export const clientverwijderingen = pgTable('clientverwijderingen', {
  id: uuid('id').primaryKey().defaultRandom(),
  clientId: uuid('client_id').notNull().unique(),
  deelverzoeken: integer('deelverzoeken').notNull(),
  vertegenwoordigers: integer('vertegenwoordigers').notNull(),
  toestemmingen: integer('toestemmingen').notNull(),
  notificaties: integer('notificaties').notNull(),
  /** The newest change in the client's data: retention ran from here. */
  laatsteWijziging: timestamp('laatste_wijziging', { withTimezone: true, mode: 'string' }).notNull(),
  grens: timestamp('grens', { withTimezone: true, mode: 'string' }).notNull(),
  verwijderdOp: timestamp('verwijderd_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  door: text('door').notNull(),
  reden: text('reden').notNull(),
  databaseRol: text('database_rol').notNull(),
});

export const gebruikers = pgTable('gebruikers', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  naam: text('naam').notNull(),
  /** casemanager, deskundige-collega, leidinggevende, privacy-officer, functioneel-beheerder */
  rollen: jsonb('rollen').$type<string[]>().notNull(),
  team: text('team').notNull(),
  /** The role and law under which this professional acts (Bijlage 1), and their beroepsgeheim. */
  pet: text('pet'),
  organisatietype: text('organisatietype').notNull().default('wijkteam'),
  beroepsgeheim: text('beroepsgeheim').notNull().default('algemeen'),
  /** argon2id; null for accounts that only log in through the organisation's OpenID Connect provider. */
  wachtwoordHash: text('wachtwoord_hash'),
  /**
   * `uitgenodigd` until the invitee sets a password or first logs in through OIDC; `gedeactiveerd`
   * can no longer log in. Only `actief` accounts have sessions.
   */
  status: text('status').notNull().default('actief'),
  gedeactiveerdOp: timestamp('gedeactiveerd_op', { withTimezone: true, mode: 'string' }),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** The organisation's teams; accounts and clients name theirs by id, so a rename changes only the name. */
export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  naam: text('naam').notNull().unique(),
  aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/**
 * A one-time invitation to set a password, one row per link sent to an account (`volgnummer` 1, 2, …).
 * The API writes the row when the beheerder invites; the worker's activity makes the token, stores
 * only its hash and mails the link, so neither a database dump nor the beheerder can use it later.
 * `tokenHash` is null until the activity has made the token.
 */
export const uitnodigingen = pgTable(
  'uitnodigingen',
  {
    gebruikerId: text('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id),
    /** The how-manieth link of this account; part of the workflow id, so a double start is one. */
    volgnummer: integer('volgnummer').notNull(),
    tokenHash: text('token_hash'),
    aangemaaktDoor: text('aangemaakt_door')
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true, mode: 'string' }).notNull(),
    gebruiktOp: timestamp('gebruikt_op', { withTimezone: true, mode: 'string' }),
    /** When the mail server (or outbox) took the mail with the link. */
    verstuurdOp: timestamp('verstuurd_op', { withTimezone: true, mode: 'string' }),
    /** When sending failed for good (the server refused the address); the beheerder sends anew. */
    nietVerstuurdOp: timestamp('niet_verstuurd_op', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.gebruikerId, t.volgnummer] }),
    uniqueIndex('uitnodigingen_token_hash_idx').on(t.tokenHash),
  ],
);

/**
 * Who granted or revoked which role of whom, and when: the privacy officer's view on who can read
 * client data. Append-only for the app role (no UPDATE or DELETE, see rollen/rechten.ts).
 */
export const rolwijzigingen = pgTable(
  'rolwijzigingen',
  {
    /** Orders the changes, also those of one transaction (which share their `op`). */
    volgnummer: bigserial('volgnummer', { mode: 'number' }).primaryKey(),
    op: timestamp('op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    door: text('door')
      .notNull()
      .references(() => gebruikers.id),
    voor: text('voor')
      .notNull()
      .references(() => gebruikers.id),
    rol: text('rol').notNull(),
    /** `toegekend` or `ingetrokken`. */
    wijziging: text('wijziging').notNull(),
    /** The account's team when it changed: a casemanager reads the clients of that team. */
    team: text('team').notNull(),
    /** Whether this role reads client data (casemanager, deskundige collega, leidinggevende, privacy officer). */
    leestClientgegevens: boolean('leest_clientgegevens').notNull(),
  },
  (t) => [index('rolwijzigingen_op_idx').on(t.op)],
);

/** Only a hash of the session token is stored, so a database dump cannot be replayed as a login. */
export const sessies = pgTable(
  'sessies',
  {
    tokenHash: text('token_hash').primaryKey(),
    gebruikerId: text('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    verlooptOp: timestamp('verloopt_op', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('sessies_gebruiker_idx').on(t.gebruikerId)],
);

/**
 * In-app reminders and escalations. The id is chosen by the workflow (deelverzoek, kind, sequence),
 * so a retried activity never notifies twice.
 */
export const notificaties = pgTable(
  'notificaties',
  {
    id: text('id').primaryKey(),
    gebruikerId: text('gebruiker_id')
      .notNull()
      .references(() => gebruikers.id),
    deelverzoekId: uuid('deelverzoek_id')
      .notNull()
      .references(() => deelverzoeken.id),
    soort: text('soort').notNull(),
    tekst: text('tekst').notNull(),
    aangemaaktOp: timestamp('aangemaakt_op', { withTimezone: true, mode: 'string' }).notNull(),
    gelezenOp: timestamp('gelezen_op', { withTimezone: true, mode: 'string' }),
    /** When the e-mail for it went out; null while it has not, so a retried reminder sends it once. */
    emailVerstuurdOp: timestamp('email_verstuurd_op', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('notificaties_gebruiker_idx').on(t.gebruikerId, t.gelezenOp)],
);

/**
 * Idempotency-Key answers: a repeated POST with the same key (per user) gets the first answer and
 * changes nothing. A row without `status` is a request still being handled; the claim lets a
 * concurrent duplicate wait instead of running twice.
 */
export const idempotentie = pgTable(
  'idempotentie',
  {
    gebruikerId: text('gebruiker_id').notNull(),
    sleutel: text('sleutel').notNull(),
    /** sha256 of method, route and body: the same key for a different request is refused. */
    verzoekHash: text('verzoek_hash').notNull(),
    geclaimdOp: timestamp('geclaimd_op', { withTimezone: true, mode: 'string' }).notNull(),
    status: integer('status'),
    antwoord: jsonb('antwoord'),
    locatie: text('locatie'),
    voltooidOp: timestamp('voltooid_op', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.gebruikerId, t.sleutel] }),
    index('idempotentie_geclaimd_idx').on(t.geclaimdOp),
  ],
);

/**
 * Login attempts per key, shared by every API process: a key is a hash of account and address, or of
 * the address alone (never the e-mail address or IP itself). `mislukt` counts attempts not (yet)
 * proven right; while `geblokkeerdTot` lies ahead, no attempt under this key is evaluated.
 */
export const inlogpogingen = pgTable(
  'inlogpogingen',
  {
    sleutel: text('sleutel').primaryKey(),
    mislukt: integer('mislukt').notNull().default(0),
    laatsteOp: timestamp('laatste_op', { withTimezone: true, mode: 'string' }).notNull(),
    geblokkeerdTot: timestamp('geblokkeerd_tot', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('inlogpogingen_laatste_idx').on(t.laatsteOp)],
);

/**
 * A consent as a record of the client (`ToestemmingRecord`): it outlives the deelverzoek it was given
 * in, so it can still be withdrawn once that is closed. Written with the step that gave it; the
 * columns are what lists and the withdrawal look at, the record itself is in `record`.
 */
export const toestemmingen = pgTable(
  'toestemmingen',
  {
    id: text('id').primaryKey(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clienten.id),
    gegevenIn: uuid('gegeven_in')
      .notNull()
      .references(() => deelverzoeken.id),
    gegevenOp: timestamp('gegeven_op', { withTimezone: true, mode: 'string' }).notNull(),
    ingetrokkenOp: timestamp('ingetrokken_op', { withTimezone: true, mode: 'string' }),
    record: jsonb('record').$type<ToestemmingRecord>().notNull(),
  },
  (t) => [index('toestemmingen_client_idx').on(t.clientId, t.gegevenOp)],
);

/**
 * The access log (NEN 7513): who (user and the roles they held), what (the route), when, and about
 * whom (the client) for every read of one client's data. Append-only for the app role, so nobody
 * using the product can wipe their own tracks; the client's inzage-export reads it back. Never a
 * name here: the client by id, the user by id.
 */
export const toegangslog = pgTable(
  'toegangslog',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    op: timestamp('op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The person who acted; null when a system did (then `actor` names it). */
    gebruikerId: text('gebruiker_id').references(() => gebruikers.id),
    /** A system that acted on its own, e.g. `systeem:worker`; null when a person did. */
    actor: text('actor'),
    rollen: text('rollen').array().notNull(),
    /** The route id of the contract, e.g. `deelverzoekWizard`, or the activity of a system. */
    handeling: text('handeling').notNull(),
    // No foreign keys to the client or the deelverzoek: the log outlives them (it is kept five
    // years from the act, the client's data twenty from its last change), as bare ids.
    clientId: uuid('client_id').notNull(),
    deelverzoekId: uuid('deelverzoek_id'),
    /** Why a file was opened, when the person stated it. */
    reden: text('reden'),
    traceId: text('trace_id'),
    /** The span of the verwerkingslog row about the same client and the same act. */
    spanId: text('span_id'),
  },
  (t) => [
    index('toegangslog_client_idx').on(t.clientId, t.op),
    index('toegangslog_span_idx').on(t.spanId),
    // Exactly one of the two says who acted.
    check('toegangslog_wie', sql`(${t.gebruikerId} is null) <> (${t.actor} is null)`),
  ],
);

/**
 * The verwerkingslog (Logboek Dataverwerkingen): one row per processing of one data subject, as the
 * span that processing was. No user identity here: who acted is in toegangslog, linked by span_id.
 * The data subject is pseudonymised (keyed HMAC of the client id), never a name, BSN or raw id.
 * Append-only for the app role.
 */
export const verwerkingslog = pgTable(
  'verwerkingslog',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    traceId: text('trace_id').notNull(),
    spanId: text('span_id').notNull(),
    parentSpanId: text('parent_span_id'),
    name: text('name').notNull(),
    /** OpenTelemetry's status: UNSET, OK or ERROR. */
    statusCode: text('status_code').notNull(),
    startTime: timestamp('start_time', { withTimezone: true, mode: 'string' }).notNull(),
    endTime: timestamp('end_time', { withTimezone: true, mode: 'string' }).notNull(),
    /** `dpl.core.processing_activity_id`: a URI into the register in packages/content. */
    processingActivityId: text('processing_activity_id').notNull(),
    /** `dpl.core.data_subject_id`. */
    dataSubjectId: text('data_subject_id').notNull(),
    /** `dpl.core.data_subject_id_type`. */
    dataSubjectIdType: text('data_subject_id_type').notNull(),
  },
  (t) => [
    index('verwerkingslog_subject_idx').on(t.dataSubjectId, t.startTime),
    index('verwerkingslog_trace_idx').on(t.traceId),
    check('verwerkingslog_status', sql`${t.statusCode} in ('UNSET', 'OK', 'ERROR')`),
  ],
);

/** What one retention run found past its period per kind of record, and what it removed. Counts only. */
export interface BewaartermijnRegel {
  soort: string;
  termijn: { aantal: number; eenheid: string };
  /** Records from before this moment were past retention. */
  grens: string;
  verlopen: number;
  /** The oldest record past retention, or null when none was. */
  oudste: string | null;
  /** Removed in this run (0 when removal is off). */
  verwijderd: number;
  /** Dossier chains the database refused to shorten (not whole); 0 for the other kinds. */
  geweigerd: number;
}

/**
 * One row per run of the retention workflow (its run id keeps a retried activity from writing two).
 * No client data: counts and moments only. Append-only for the app role, like the logs it reports on.
 */
export const bewaartermijnrapporten = pgTable(
  'bewaartermijnrapporten',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    runId: text('run_id').notNull().unique(),
    /** The run's own clock: the limits were counted back from it. */
    gemetenOp: timestamp('gemeten_op', { withTimezone: true, mode: 'string' }).notNull(),
    vastgelegdOp: timestamp('vastgelegd_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    beleidVersie: text('beleid_versie').notNull(),
    /** Whether this run removed (BEWAARTERMIJN_VERWIJDEREN=1) or only reported. */
    verwijderen: boolean('verwijderen').notNull(),
    regels: jsonb('regels').$type<BewaartermijnRegel[]>().notNull(),
  },
  (t) => [index('bewaartermijnrapporten_gemeten_idx').on(t.gemetenOp)],
);

/**
 * The organisation's own deadlines, one row per version put in force (the newest is in force from
 * `vastgesteldOp`). A deelverzoek pins the whole policy it started under in its workflow input, so a
 * later version changes new processes only. Append-only for the app role: what was in force when
 * stays on record.
 */
export const beleidsversies = pgTable(
  'beleidsversies',
  {
    versie: text('versie').primaryKey(),
    /** The whole merged policy (`Beleid`), and what differs from the default (`BeleidOverrides`). */
    beleid: jsonb('beleid').$type<Beleid>().notNull(),
    overrides: jsonb('overrides').$type<BeleidOverrides>().notNull(),
    toelichting: text('toelichting').notNull(),
    /** The functioneel beheerder who put it in force. */
    vastgesteldDoor: text('vastgesteld_door')
      .notNull()
      .references(() => gebruikers.id),
    vastgesteldOp: timestamp('vastgesteld_op', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('beleidsversies_vastgesteld_idx').on(t.vastgesteldOp)],
);
