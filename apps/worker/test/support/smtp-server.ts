import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: the envelope, the raw source, and the decoded text. */
export interface OntvangenBericht {
  mailFrom: string;
  rcptTo: string[];
  bron: string;
  onderwerp: string | undefined;
  van: string | undefined;
  aan: string | undefined;
  tekst: string;
}

/** The server's answer to a message at the end of DATA: accept (undefined) or an SMTP error reply. */
export type Antwoord = (bericht: OntvangenBericht) => { code: number; tekst: string } | undefined;

const smtpFout = (code: number, tekst: string) => Object.assign(new Error(tekst), { responseCode: code });

/** Decodes a single-part text body as nodemailer writes it (7bit, quoted-printable or base64). */
function decodeer(bron: string): { kop: Record<string, string>; tekst: string } {
  const [kopDeel = '', ...rest] = bron.split('\r\n\r\n');
  const kop: Record<string, string> = {};
  for (const regel of kopDeel.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = regel.indexOf(':');
    if (i > 0) kop[regel.slice(0, i).toLowerCase()] = regel.slice(i + 1).trim();
  }
  const lichaam = rest.join('\r\n\r\n');
  const codering = kop['content-transfer-encoding']?.toLowerCase();
  if (codering === 'base64') return { kop, tekst: Buffer.from(lichaam, 'base64').toString('utf8') };
  if (codering === 'quoted-printable') {
    const zacht = lichaam.replace(/=\r\n/g, '');
    const bytes: number[] = [];
    for (let i = 0; i < zacht.length; i++) {
      const hex = zacht.slice(i + 1, i + 3);
      if (zacht[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
      } else bytes.push(...Buffer.from(zacht[i]!, 'utf8'));
    }
    return { kop, tekst: Buffer.from(bytes).toString('utf8') };
  }
  return { kop, tekst: lichaam };
}

/**
 * A real SMTP server (the `smtp-server` package) on a free loopback port. It requires the given
 * login, keeps every message it accepted, counts every one it was offered, and answers each with
 * `antwoord` — so a test can make it refuse for good (5xx) or for now (4xx).
 */
export async function startSmtpServer(login: { user: string; pass: string }) {
  const ontvangen: OntvangenBericht[] = [];
  const aangeboden: OntvangenBericht[] = [];
  let antwoord: Antwoord = () => undefined;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'], // plain loopback; the adapter's TLS settings are nodemailer's own
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === login.user && auth.password === login.pass)
        callback(null, { user: auth.username });
      else callback(smtpFout(535, 'Authentication failed'));
    },
    onData(stream, session, callback) {
      const delen: Buffer[] = [];
      stream.on('data', (d: Buffer) => delen.push(d));
      stream.on('end', () => {
        const bron = Buffer.concat(delen).toString('utf8');
        const { kop, tekst } = decodeer(bron);
        const bericht: OntvangenBericht = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          bron,
          onderwerp: kop.subject,
          van: kop.from,
          aan: kop.to,
          tekst,
        };
        aangeboden.push(bericht);
        const fout = antwoord(bericht);
        if (fout) return callback(smtpFout(fout.code, fout.tekst));
        ontvangen.push(bericht);
        callback(null, 'Opgeslagen');
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    ontvangen,
    aangeboden,
    antwoord(nieuw: Antwoord) {
      antwoord = nieuw;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
export type TestSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
