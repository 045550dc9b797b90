import {
  aantekeningLogRijen,
  type Db,
  databasefoutIn,
  deelverzoekQueries,
  gebruikerQueries,
  isDatabaseNietBereikbaar,
  isPermanenteDatabasefout,
  notificatieQueries,
  type StapVastlegging,
  volgendeActieQueries,
} from '@deelwijs/db';
import { type Gebruikersrol, kortNummer } from '@deelwijs/domain';
import { isQueryFout, sqlstateBericht, type VeiligeFout, veiligeFout } from '@deelwijs/logging';
import {
  DATABASE_WEIGERT_FAILURE,
  MAIL_GEWEIGERD_FAILURE,
  MAIL_STORING_FAILURE,
  STORING_ACTIE,
} from '@deelwijs/temporal/contract';
import { ApplicationFailure } from '@temporalio/common';
import { workerLogger } from '../logging';
import { type HerinneringSoort, herinneringTekst } from '../meldingen/herinneringen';
import { type MailAdapter, MailFout } from '../meldingen/mail';

/** The step, its entries, and the next action and process state after it, written in one transaction. */
export type StapVastleggen = StapVastlegging;

export interface Herinnering {
  /** Chosen by the workflow, so a retry never notifies twice. */
  id: string;
  gebruikerId: string;
  deelverzoekId: string;
  soort: HerinneringSoort;
  op: string;
}

/**
 * A reminder to everyone who holds `rol`: within the deelverzoek's team (its client's), or in the
 * whole organisation (`organisatiebreed`, the privacy officers). Recipients are looked up when it is
 * sent, so a leidinggevende who joined the team since the clock started is reached too.
 */
export interface RolHerinnering {
  /** Chosen by the workflow; each recipient's notification is `<id>:<gebruikerId>`. */
  id: string;
  deelverzoekId: string;
  rol: Gebruikersrol;
  organisatiebreed?: boolean;
  /** Never reminded, whatever their roles: the one who proposed the doorbreking. */
  behalve?: string[];
  soort: HerinneringSoort;
  op: string;
}

/** ApplicationFailure type of a database error that may pass (connection lost, timeout, conflict). */
export const DATABASE_FOUT = 'DatabaseFout';

/**
 * Tells a database error that can never succeed (SQLSTATE class 22 data exception, 23 integrity
 * violation, 42 syntax or unknown object) from one that passes. The first fails without retries, the
 * second is retried by Temporal until the database is back. Either way the failure carries the
 * SQLSTATE and never the query, its parameters or the server's detail, which may hold client data.
 */
export async function metFoutsoort<T>(stap: () => Promise<T>): Promise<T> {
  try {
    return await stap();
  } catch (fout) {
    const db = databasefoutIn(fout);
    if (isPermanenteDatabasefout(fout))
      throw ApplicationFailure.create({
        type: DATABASE_WEIGERT_FAILURE,
        message: `The database refused the write: ${sqlstateBericht(db!.code)}`,
        nonRetryable: true,
      });
    if (db || isDatabaseNietBereikbaar(fout) || isQueryFout(fout))
      throw ApplicationFailure.create({ type: DATABASE_FOUT, message: diepste(veiligeFout(fout)).message });
    throw fout;
  }
}

const diepste = (f: VeiligeFout): VeiligeFout => (f.cause ? diepste(f.cause) : f);

/** Activities are plain functions closed over their dependencies; the worker's main wires them. */
export function createDeelverzoekActivities(
  db: Db,
  mail: MailAdapter,
  dashboardUrl: string,
  /** Pseudonymises the data subjects of the verwerkingslog. */
  verwerkingslogSleutel: Buffer,
) {
  const queries = deelverzoekQueries(db);
  return {
    /**
     * Idempotent: a retry after a crash finds its rows already there and writes nothing twice. The
     * entries' processing goes into both logs in the same transaction, with the worker as the actor;
     * an attempt that writes is a processing, so a retry that commits again logs again.
     */
    legStapVast: (stap: StapVastleggen): Promise<void> => {
      const begon = new Date();
      return metFoutsoort(() =>
        queries.legStapVast(
          stap,
          aantekeningLogRijen(verwerkingslogSleutel, {
            handeling: 'legStapVast',
            actor: 'systeem:worker',
            aantekeningen: stap.aantekeningen,
            begon,
          }),
        ),
      );
    },

    /** The werkvoorraad shows that a step of this deelverzoek could not be written (due now). */
    meldStoring: (m: { deelverzoekId: string; op: string }): Promise<void> =>
      metFoutsoort(async () => {
        await volgendeActieQueries(db).zet(m.deelverzoekId, STORING_ACTIE, m.op);
      }),

    /**
     * An in-app notification, and an e-mail with only a link. The notification stands whatever the
     * mail server does; the e-mail goes out once, also when a retry follows a mail server that was down.
     */
    herinner: (h: Herinnering): Promise<void> => stuurHerinnering(db, mail, dashboardUrl, h),

    /**
     * The same reminder to each holder of a role; idempotent per recipient. A mail server that
     * refuses one address for good does not keep the others from theirs. Returns who was reminded.
     */
    herinnerRol: async (h: RolHerinnering): Promise<string[]> => {
      const team = h.organisatiebreed ? undefined : await metFoutsoort(() => queries.team(h.deelverzoekId));
      if (!h.organisatiebreed && team === undefined) return [];
      const ontvangers = (await metFoutsoort(() => gebruikerQueries(db).metRol(h.rol, team))).filter(
        (id) => !h.behalve?.includes(id),
      );
      for (const gebruikerId of ontvangers) {
        const een = {
          id: `${h.id}:${gebruikerId}`,
          gebruikerId,
          deelverzoekId: h.deelverzoekId,
          soort: h.soort,
          op: h.op,
        };
        await stuurHerinnering(db, mail, dashboardUrl, een).catch((fout) => {
          if (!(fout instanceof ApplicationFailure && fout.type === MAIL_GEWEIGERD_FAILURE)) throw fout;
        });
      }
      return ontvangers;
    },
  };
}

async function stuurHerinnering(db: Db, mail: MailAdapter, dashboardUrl: string, h: Herinnering) {
  const tekst = herinneringTekst[h.soort];
  const notificaties = notificatieQueries(db);
  await metFoutsoort(() =>
    notificaties.voegToe({
      id: h.id,
      gebruikerId: h.gebruikerId,
      deelverzoekId: h.deelverzoekId,
      soort: h.soort,
      tekst,
      aangemaaktOp: h.op,
    }),
  );
  if (!(await metFoutsoort(() => notificaties.emailNogTeVersturen(h.id)))) return;
  const gebruiker = await metFoutsoort(() => gebruikerQueries(db).vind(h.gebruikerId));
  if (!gebruiker) return;
  try {
    await mail.stuur({
      aan: gebruiker.email,
      onderwerp: 'Deelwijs: actie nodig bij een deelverzoek',
      // Which deelverzoek by the start of its id only: never a name, pseudonym or doel in an e-mail.
      tekst: `${tekst}\n\nHet gaat om deelverzoek ${kortNummer(h.deelverzoekId)}:\n${dashboardUrl}/deelverzoeken/${h.deelverzoekId}`,
    });
  } catch (fout) {
    throw mailFailure(fout, h);
  }
  // A crash right here sends the e-mail once more on retry: twice is better than never.
  await metFoutsoort(() => notificaties.markeerEmailVerstuurd(h.id, new Date().toISOString()));
}

/** A refusal for good fails without retries (the clock goes on); anything else is retried. */
function mailFailure(fout: unknown, h: Herinnering): ApplicationFailure {
  const permanent = fout instanceof MailFout && fout.permanent;
  const message = fout instanceof MailFout ? fout.message : 'The reminder e-mail could not be handed over';
  if (permanent)
    workerLogger.warn(
      { herinnering: h.id, gebruikerId: h.gebruikerId },
      `Reminder e-mail refused: ${message}`,
    );
  return ApplicationFailure.create({
    type: permanent ? MAIL_GEWEIGERD_FAILURE : MAIL_STORING_FAILURE,
    message,
    nonRetryable: permanent,
  });
}

export type DeelverzoekActivities = ReturnType<typeof createDeelverzoekActivities>;
