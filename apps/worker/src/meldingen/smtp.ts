import { createTransport } from 'nodemailer';
import { type MailAdapter, MailFout } from './mail';

export interface SmtpInstellingen {
  host: string;
  port: number;
  /** TLS from the first byte (usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

/** What nodemailer puts on the errors it rejects with. */
interface SmtpFout {
  code?: string;
  responseCode?: number;
}

/**
 * A 5xx reply is the server's final word (RFC 5321 4.2.1): sending the same message again gets the
 * same answer. Failed authentication (535) is the exception: it is a configuration fault that a
 * corrected password mends, so the reminder waits for it. An envelope nodemailer refuses before
 * sending (no valid recipient) cannot succeed either.
 */
export function isPermanenteSmtpFout(fout: unknown): boolean {
  const { code, responseCode } = (fout ?? {}) as SmtpFout;
  if (code === 'EAUTH') return false;
  if (typeof responseCode === 'number') return responseCode >= 500 && responseCode < 600;
  return code === 'EENVELOPE';
}

/** One line without server text or addresses: the server may echo the recipient in its reply. */
const beschrijf = (fout: unknown): string => {
  const { code, responseCode } = (fout ?? {}) as SmtpFout;
  return `The SMTP server did not accept the message (${[code, responseCode].filter(Boolean).join(' ') || 'unknown error'})`;
};

/**
 * Sends through an SMTP server with nodemailer. Timeouts stay well inside the reminder activity's
 * 30 seconds, so a hanging server fails the attempt (and Temporal retries it) instead of the activity.
 */
export function smtpMail(instellingen: SmtpInstellingen): MailAdapter {
  const transport = createTransport({
    host: instellingen.host,
    port: instellingen.port,
    secure: instellingen.secure,
    ...(instellingen.auth ? { auth: instellingen.auth } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 15_000,
  });
  return {
    async stuur({ aan, onderwerp, tekst }) {
      try {
        await transport.sendMail({ from: instellingen.from, to: aan, subject: onderwerp, text: tekst });
      } catch (fout) {
        throw new MailFout(beschrijf(fout), isPermanenteSmtpFout(fout));
      }
    },
  };
}
