import { createHash, randomBytes } from 'node:crypto';
import { type Db, uitnodigingQueries } from '@deelwijs/db';
import { nederlandseTijd } from '@deelwijs/domain';
import type { UitnodigingUitkomst } from '@deelwijs/temporal';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { workerLogger } from '../logging';
import { type MailAdapter, MailFout } from '../meldingen/mail';
import { metFoutsoort } from './deelverzoek.activities';

/** Which link of which account: all an activity gets, so the token never enters the history. */
export interface UitnodigingVerzending {
  gebruikerId: string;
  volgnummer: number;
}

/** ApplicationFailure type: the invitation's row is not there (its transaction did not commit). */
export const UITNODIGING_ONBEKEND_FAILURE = 'UitnodigingOnbekend';
/** ApplicationFailure type: the mail could not be handed over now; Temporal tries again. */
export const UITNODIGING_MAIL_STORING_FAILURE = 'UitnodigingMailStoring';

/** The API commits right after it starts the workflow; six tries with back-off wait about 9 seconds. */
const POGINGEN_ZONDER_RIJ = 6;

export const hashUitnodigingToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The mail: who invites for what, the link, until when. No roles or team: the mail may be forwarded. */
const tekst = (naam: string, link: string, verlooptOp: string) =>
  [
    `Beste ${naam},`,
    '',
    'U bent uitgenodigd voor Deelwijs. Kies zelf een wachtwoord via deze link:',
    '',
    link,
    '',
    `De link werkt één keer, tot ${nederlandseTijd(verlooptOp)}.`,
    'Niemand anders kent hem, ook uw functioneel beheerder niet. Stuur deze e-mail niet door.',
    'Verwachtte u deze uitnodiging niet? Dan kunt u de e-mail weggooien.',
  ].join('\n');

export function createUitnodigingActivities(db: Db, mail: MailAdapter, dashboardUrl: string) {
  const q = uitnodigingQueries(db);
  return {
    /**
     * Makes the link's token here, stores only its hash and mails the link to the account's own
     * address. Returns only the outcome: the token leaves this function in the mail and nowhere else.
     * A retry after a mail that was sent but not marked sends a new link (the first stops working).
     */
    async verstuurUitnodiging({
      gebruikerId,
      volgnummer,
    }: UitnodigingVerzending): Promise<UitnodigingUitkomst> {
      const gevonden = await metFoutsoort(() => q.vindVolgnummer(gebruikerId, volgnummer));
      if (!gevonden)
        throw ApplicationFailure.create({
          type: UITNODIGING_ONBEKEND_FAILURE,
          message: 'The invitation is not in the database (yet)',
          nonRetryable: Context.current().info.attempt >= POGINGEN_ZONDER_RIJ,
        });
      const { uitnodiging, gebruiker } = gevonden;
      if (uitnodiging.verstuurdOp)
        return { status: 'verstuurd', verstuurdOp: new Date(uitnodiging.verstuurdOp).toISOString() };
      const nu = new Date().toISOString();
      const token = randomBytes(32).toString('base64url');
      // Withdrawn (a newer link), used, expired or the account deactivated: nothing to send.
      if (
        gebruiker.status !== 'uitgenodigd' ||
        !(await metFoutsoort(() => q.zetToken(gebruikerId, volgnummer, hashUitnodigingToken(token), nu)))
      )
        return { status: 'ingetrokken' };
      try {
        await mail.stuur({
          aan: gebruiker.email,
          onderwerp: 'Uitnodiging voor Deelwijs: kies uw wachtwoord',
          // The fragment never reaches a server log: the page reads it in the browser.
          tekst: tekst(gebruiker.naam, `${dashboardUrl}/uitnodiging#${token}`, uitnodiging.verlooptOp),
          geheim: true,
        });
      } catch (fout) {
        const permanent = fout instanceof MailFout && fout.permanent;
        const bericht =
          fout instanceof MailFout ? fout.message : 'The invitation mail could not be handed over';
        if (!permanent)
          throw ApplicationFailure.create({ type: UITNODIGING_MAIL_STORING_FAILURE, message: bericht });
        workerLogger.warn({ gebruikerId, volgnummer }, `Invitation mail refused: ${bericht}`);
        await metFoutsoort(() => q.markeerNietVerstuurd(gebruikerId, volgnummer, new Date().toISOString()));
        return { status: 'niet-verstuurd' };
      }
      const verstuurdOp = new Date().toISOString();
      await metFoutsoort(() => q.markeerVerstuurd(gebruikerId, volgnummer, verstuurdOp));
      return { status: 'verstuurd', verstuurdOp };
    },

    /** Gave up (the mail kept failing until the link expired, or the row never came): the beheerder sees it. */
    async markeerUitnodigingNietVerstuurd({ gebruikerId, volgnummer }: UitnodigingVerzending): Promise<void> {
      await metFoutsoort(() => q.markeerNietVerstuurd(gebruikerId, volgnummer, new Date().toISOString()));
    },
  };
}

export type UitnodigingActivities = ReturnType<typeof createUitnodigingActivities>;
