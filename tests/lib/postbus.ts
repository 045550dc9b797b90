import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the outbox of MAIL_ADAPTER=map (one .eml file per mail, as the worker writes them), the way an
 * invitee reads their mailbox: tests and load runs take an invitation link from here, never from the
 * API. infra/test.sh exports the product's outbox as DEELWIJS_POSTBUS.
 */

export interface Mail {
  bestand: string;
  aan: string;
  onderwerp: string;
  tekst: string;
}

export const postbusUitOmgeving = (): string => {
  const map = process.env.DEELWIJS_POSTBUS;
  if (!map) throw new Error('DEELWIJS_POSTBUS ontbreekt: de map waarin het product zijn e-mails schrijft.');
  return map;
};

/** The body of a single-part text mail in its transfer encoding: 7bit, quoted-printable or base64. */
function decodeer(kop: string, romp: string): string {
  const codering = /^content-transfer-encoding:\s*(\S+)/im.exec(kop)?.[1]?.toLowerCase();
  if (codering === 'base64') return Buffer.from(romp.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (codering !== 'quoted-printable') return romp;
  const zonderZachteEinden = romp.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < zonderZachteEinden.length; i++) {
    const teken = zonderZachteEinden[i]!;
    const hex = zonderZachteEinden.slice(i + 1, i + 3);
    if (teken === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(teken, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A header's value, unfolded (RFC 5322 2.2.3). */
const kopVeld = (kop: string, naam: string) =>
  new RegExp(`^${naam}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im')
    .exec(kop)?.[1]
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .trim() ?? '';

export async function leesMail(bestand: string): Promise<Mail> {
  const ruw = (await readFile(bestand, 'utf8')).replace(/\r\n/g, '\n');
  const scheiding = ruw.indexOf('\n\n');
  const kop = ruw.slice(0, scheiding);
  return {
    bestand,
    aan: kopVeld(kop, 'to').toLowerCase(),
    onderwerp: kopVeld(kop, 'subject'),
    tekst: decodeer(kop, ruw.slice(scheiding + 2)),
  };
}

/** Every mail in the outbox to this address, oldest first (the file names start with the moment). */
export async function mailsAan(map: string, aan: string): Promise<Mail[]> {
  const namen = await readdir(map).catch((fout: NodeJS.ErrnoException) => {
    if (fout.code === 'ENOENT') return [] as string[];
    throw fout;
  });
  const mails = await Promise.all(
    namen
      .filter((n) => n.endsWith('.eml') && !n.startsWith('.'))
      .sort()
      .map((n) => leesMail(path.join(map, n))),
  );
  return mails.filter((m) => m.aan.includes(aan.toLowerCase()));
}

/** The secret of an invitation link in a mail's text (the part after `/uitnodiging#`). */
export const tokenIn = (tekst: string): string | undefined =>
  /\/uitnodiging#([A-Za-z0-9_-]{20,200})/.exec(tekst)?.[1];

/**
 * Waits until the outbox holds the `aantal`-th invitation to `aan` and returns that mail with its
 * link and token. A re-sent invitation is the next one: pass how many there should be by then.
 */
export async function wachtOpUitnodiging(
  map: string,
  aan: string,
  opties: { aantal?: number; timeoutMs?: number } = {},
): Promise<Mail & { token: string; link: string }> {
  const aantal = opties.aantal ?? 1;
  const einde = Date.now() + (opties.timeoutMs ?? 30_000);
  for (;;) {
    const uitnodigingen = (await mailsAan(map, aan)).filter((m) => tokenIn(m.tekst));
    const mail = uitnodigingen[aantal - 1];
    if (mail) {
      const token = tokenIn(mail.tekst)!;
      const link = /(\S+\/uitnodiging#[A-Za-z0-9_-]+)/.exec(mail.tekst)![1]!;
      return { ...mail, token, link };
    }
    if (Date.now() > einde)
      throw new Error(
        `Geen ${aantal}e uitnodiging voor ${aan} in ${map} binnen de tijd (${uitnodigingen.length} gevonden)`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}
