import { randomUUID } from 'node:crypto';
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import { type MailAdapter, MailFout } from './mail';

/**
 * The outbox: every mail becomes one .eml file (RFC 5322, as nodemailer would send it) in `map`,
 * readable by its owner only (0600, the folder 0700). The embedded default, so a demo user opens an
 * invitation link without a mail server; tests read the links from it. Written under a temporary name
 * and then renamed, so a reader never sees half a mail.
 */
export function mapMail(map: string, from = 'Deelwijs <noreply@deelwijs.invalid>'): MailAdapter {
  // nodemailer's stream transport builds the whole message without sending it.
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let klaar: Promise<void> | undefined;
  const maakMap = () => {
    klaar ??= mkdir(map, { recursive: true, mode: 0o700 }).then(() => chmod(map, 0o700));
    return klaar;
  };
  return {
    async stuur({ aan, onderwerp, tekst }) {
      try {
        await maakMap();
        const { message } = (await transport.sendMail({
          from,
          to: aan,
          subject: onderwerp,
          text: tekst,
        })) as {
          message: Buffer;
        };
        const naam = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`;
        const tijdelijk = path.join(map, `.${naam}.tmp`);
        await writeFile(tijdelijk, message, { mode: 0o600, flag: 'wx' });
        await rename(tijdelijk, path.join(map, naam));
      } catch (fout) {
        // A full disk or a folder without rights may mend; the message names no address.
        throw new MailFout(
          `The mail could not be written to the outbox (${(fout as NodeJS.ErrnoException).code ?? 'unknown error'})`,
          false,
        );
      }
    },
  };
}
