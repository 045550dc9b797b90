import { workerLogger } from '../logging';

/**
 * Outgoing e-mail. Messages carry no client data — only what to do and a link into Deelwijs,
 * where the reader must log in. The outbox adapter (`postmap.ts`, one .eml file per mail) is the
 * embedded default, the SMTP adapter (`smtp.ts`) serves production, the console adapter writes to
 * the log; `MAIL_ADAPTER` chooses.
 */
export interface Mailbericht {
  aan: string;
  onderwerp: string;
  tekst: string;
  /** The text holds a secret (an invitation link): only the addressee may ever read it. */
  geheim?: boolean;
}

export interface MailAdapter {
  /** Rejects with a `MailFout` when the message could not be handed over. */
  stuur(bericht: Mailbericht): Promise<void>;
}

/**
 * A message that was not handed over. `permanent`: the mail server refused it for good (5xx), so
 * sending it again gives the same answer; otherwise (unreachable, 4xx, timeout) a retry may succeed.
 * The message names the kind of failure and the SMTP code only, never an address or server text.
 */
export class MailFout extends Error {
  override readonly name = 'MailFout';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/**
 * Writes the message to the log instead of sending it, so a local run shows what would be sent. A
 * message with a secret it refuses for good: whoever reads the log would hold the invitee's link.
 */
export const consoleMail: MailAdapter = {
  async stuur({ aan, onderwerp, tekst, geheim }) {
    if (geheim)
      throw new MailFout(
        'The console mail adapter does not write a secret link to the log; use MAIL_ADAPTER=map or smtp',
        true,
      );
    workerLogger.info({ mail: { aan, onderwerp, tekst } }, `[e-mail] ${onderwerp}`);
  },
};
