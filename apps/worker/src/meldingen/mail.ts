import { workerLogger } from '../logging';

/**
 * Outgoing e-mail. Messages carry no client data — only what to do and a link into Deelwijs,
 * where the reader must log in. The console adapter is the embedded default; the SMTP adapter
 * (`smtp.ts`) implements the same interface in production; `MAIL_ADAPTER` chooses.
 */
export interface MailAdapter {
  /** Rejects with a `MailFout` when the message could not be handed over. */
  stuur(bericht: { aan: string; onderwerp: string; tekst: string }): Promise<void>;
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

/** Writes the message to the log instead of sending it, so a local run shows what would be sent. */
export const consoleMail: MailAdapter = {
  async stuur({ aan, onderwerp, tekst }) {
    workerLogger.info({ mail: { aan, onderwerp, tekst } }, `[e-mail] ${onderwerp}`);
  },
};
