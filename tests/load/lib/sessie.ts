import { randomUUID } from 'node:crypto';
import type { Meting } from './meting';

/** Every request gives up after this long: a hanging answer counts as an error, as for a person. */
export const CLIENT_TIMEOUT_MS = 30_000;

export interface Antwoord {
  status: number;
  body: unknown;
  headers: Headers;
}

export interface Verzoekopties {
  /** Retry with the same Idempotency-Key until a definite answer (the fault script's clients). */
  herhaal?: boolean;
  /** What the request is, for the figures (e.g. "POST opdracht afweging-2"). */
  soort: string;
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** No definite answer yet: the network failed, a part is away (5xx), or the same request is being handled. */
const onzeker = (a: Antwoord | undefined) =>
  a === undefined ||
  a.status >= 500 ||
  a.status === 429 ||
  (a.status === 409 && String((a.body as { type?: string })?.type).endsWith('/verzoek-in-behandeling'));

/**
 * One person logged in to the product through the dashboard's own origin (as a browser does): the
 * session cookie, the CSRF token in a header, and an Idempotency-Key per intended change.
 */
export class Sessie {
  private cookie = '';
  private csrf = '';
  private volgende = 0;
  private readonly basissen: readonly string[];

  constructor(
    /** One origin, or several (API processes behind one database): requests take them in turn. */
    basis: string | readonly string[],
    private readonly meting: Meting,
    /** Until when a retrying request keeps trying; after that its last answer stands. */
    private readonly uiterlijk = () => Number.POSITIVE_INFINITY,
  ) {
    this.basissen = typeof basis === 'string' ? [basis] : basis;
    if (this.basissen.length === 0) throw new Error('Sessie zonder adres');
  }

  /** The origin of the next request: round robin, so one session's requests meet every process. */
  private basis(): string {
    const b = this.basissen[this.volgende % this.basissen.length]!;
    this.volgende += 1;
    return b;
  }

  async logIn(email: string, wachtwoord: string, herhaal = false): Promise<void> {
    const a = await this.verzoek(
      'POST',
      '/api/v1/sessies',
      { email, wachtwoord },
      { soort: 'POST sessies', herhaal },
    );
    if (a.status !== 201) throw new Error(`inloggen als ${email} mislukt: ${a.status}`);
    const cookies = a.headers.getSetCookie().map((c) => c.split(';')[0]!);
    this.cookie = cookies.join('; ');
    this.csrf = decodeURIComponent(cookies.find((c) => c.startsWith('deelwijs_csrf='))!.split('=')[1]!);
  }

  get(pad: string, opties: Verzoekopties): Promise<Antwoord> {
    return this.verzoek('GET', pad, undefined, opties);
  }

  post(pad: string, body: unknown, opties: Verzoekopties): Promise<Antwoord> {
    return this.verzoek('POST', pad, body, opties);
  }

  /** A dashboard page as HTML (server-rendered through the API). */
  pagina(pad: string, opties: Verzoekopties): Promise<Antwoord> {
    return this.verzoek('GET', pad, undefined, opties, 'text/html');
  }

  private async verzoek(
    method: 'GET' | 'POST',
    pad: string,
    body: unknown,
    opties: Verzoekopties,
    accept = 'application/json',
  ): Promise<Antwoord> {
    const sleutel = randomUUID(); // one per intended change, kept across its retries
    let wacht = 250;
    for (;;) {
      const start = performance.now();
      let antwoord: Antwoord | undefined;
      let fout: string | undefined;
      try {
        const r = await fetch(`${this.basis()}${pad}`, {
          method,
          headers: {
            accept,
            ...(this.cookie ? { cookie: this.cookie } : {}),
            ...(method === 'POST'
              ? { 'content-type': 'application/json', 'x-csrf-token': this.csrf, 'idempotency-key': sleutel }
              : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS),
          redirect: 'manual',
        });
        const tekst = await r.text();
        let geparsed: unknown = tekst;
        if ((r.headers.get('content-type') ?? '').includes('json')) {
          try {
            geparsed = JSON.parse(tekst);
          } catch {
            geparsed = tekst;
          }
        }
        antwoord = { status: r.status, body: geparsed, headers: r.headers };
      } catch (error) {
        fout = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      this.meting.verzoek(opties.soort, performance.now() - start, antwoord?.status ?? 0, fout);
      if (!opties.herhaal || !onzeker(antwoord) || Date.now() > this.uiterlijk()) {
        if (antwoord) return antwoord;
        return { status: 0, body: fout, headers: new Headers() };
      }
      await slaap(wacht);
      wacht = Math.min(5_000, wacht * 2);
    }
  }
}
