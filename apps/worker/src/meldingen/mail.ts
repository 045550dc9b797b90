import { workerLogger } from '../logging';

/**
 * Outgoing e-mail. Messages carry no client data — only what to do and a link into Deelwijs,
 * where the reader must log in. The console adapter is the embedded default; an SMTP adapter
 * implements the same interface in production.
 */
export interface MailAdapter {
  stuur(bericht: { aan: string; onderwerp: string; tekst: string }): Promise<void>;
}

/** Writes the message to the log instead of sending it, so a local run shows what would be sent. */
export const consoleMail: MailAdapter = {
  async stuur({ aan, onderwerp, tekst }) {
    workerLogger.info({ mail: { aan, onderwerp, tekst } }, `[e-mail] ${onderwerp}`);
  },
};
