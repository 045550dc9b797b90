import type { Problem } from '@deelwijs/contract';

/**
 * RFC 9457 problem details, the contract's Problem: Dutch messages for the person at the screen,
 * never repeating client data.
 */
export type ProblemDetails = Problem;

/** What a 503 tells the client to wait before trying again, in seconds. */
export const STANDAARD_RETRY_NA = 5;

export class ProblemException extends Error {
  /** Seconds after which trying again makes sense; sent as the Retry-After header. */
  readonly retryNa: number | undefined;

  constructor(
    readonly problem: ProblemDetails,
    opties: { retryNa?: number; cause?: unknown } = {},
  ) {
    super(problem.detail, { cause: opties.cause });
    this.retryNa = opties.retryNa ?? (problem.status === 503 ? STANDAARD_RETRY_NA : undefined);
  }
}

const TYPE = 'https://deelwijs.nl/problemen/';

export const problemen = {
  ongeldigeInvoer: (
    fouten: ProblemDetails['fouten'],
    detail = 'Verbeter de gemarkeerde velden en probeer het opnieuw.',
  ) =>
    new ProblemException({
      type: `${TYPE}ongeldige-invoer`,
      title: 'De invoer is niet geldig',
      status: 400,
      detail,
      fouten,
    }),
  nietGevonden: (wat: string) =>
    new ProblemException({
      type: `${TYPE}niet-gevonden`,
      title: 'Niet gevonden',
      status: 404,
      detail: `${wat} bestaat niet of u heeft er geen toegang toe.`,
    }),
  /** Not found, in words of its own (for a link rather than a record). */
  nietGevondenMet: (detail: string) =>
    new ProblemException({ type: `${TYPE}niet-gevonden`, title: 'Niet gevonden', status: 404, detail }),
  nietIngelogd: () =>
    new ProblemException({
      type: `${TYPE}niet-ingelogd`,
      title: 'Niet ingelogd',
      status: 401,
      // Also what someone sees whose session ended by itself: say that this happens, not only what to do.
      detail:
        'U bent niet ingelogd, of uw sessie is afgelopen (na een tijd zonder gebruik of aan het eind van de werkdag). Log in om verder te gaan.',
    }),
  geenToegang: (detail: string) =>
    new ProblemException({ type: `${TYPE}geen-toegang`, title: 'Geen toegang', status: 403, detail }),
  /**
   * A login throttled for this account from this address (`account`), or for the address as a whole.
   * Says how long to wait, and that it only holds here: the owner elsewhere is not locked out.
   */
  teVeelPogingen: (waarvoor: 'account' | 'adres', wachtMs: number, wacht: string) =>
    new ProblemException(
      {
        type: `${TYPE}te-veel-pogingen`,
        title: 'Te veel pogingen',
        status: 429,
        detail:
          waarvoor === 'account'
            ? `Met dit e-mailadres is vanaf dit apparaat of netwerk te vaak een verkeerd wachtwoord gebruikt. Wacht ${wacht} en probeer het dan opnieuw. Elke volgende mislukte poging maakt de wachttijd langer. Vanaf een ander apparaat of netwerk kunt u gewoon inloggen.`
            : `Vanaf dit apparaat of netwerk is te vaak geprobeerd in te loggen met een verkeerd wachtwoord. Wacht ${wacht} en probeer het dan opnieuw.`,
      },
      { retryNa: Math.max(1, Math.ceil(wachtMs / 1000)) },
    ),
  regelOvertreden: (
    overtredingen: NonNullable<ProblemDetails['overtredingen']>,
    title = 'Dit mag niet volgens het afwegingskader',
  ) =>
    new ProblemException({
      type: `${TYPE}regel-overtreden`,
      title,
      status: 422,
      detail: overtredingen.map((o) => o.bericht).join(' '),
      overtredingen,
    }),
  verouderd: () =>
    new ProblemException({
      type: `${TYPE}verouderde-stand`,
      title: 'Het deelverzoek is intussen gewijzigd',
      status: 409,
      detail:
        'Het deelverzoek is intussen gewijzigd door iemand anders of in een ander venster. Laad de pagina opnieuw en kijk of uw stap nog nodig is.',
    }),
  nietBeschikbaar: (
    detail: string,
    extra: { ontbreekt?: ProblemDetails['ontbreekt']; cause?: unknown } = {},
  ) =>
    new ProblemException(
      {
        type: `${TYPE}niet-beschikbaar`,
        title: 'Tijdelijk niet beschikbaar',
        status: 503,
        detail,
        ...(extra.ontbreekt ? { ontbreekt: extra.ontbreekt } : {}),
      },
      { cause: extra.cause },
    ),
  afgesloten: (detail: string) =>
    new ProblemException({
      type: `${TYPE}afgesloten`,
      title: 'Dit deelverzoek is afgesloten',
      status: 409,
      detail,
    }),
  /** The request is sound, but the state of what it is about forbids it now (open work, already ended). */
  conflict: (title: string, detail: string) =>
    new ProblemException({ type: `${TYPE}conflict`, title, status: 409, detail }),
  /** A one-time link that was used or has expired. */
  verlopen: (detail: string) =>
    new ProblemException({
      type: `${TYPE}link-verlopen`,
      title: 'Deze link werkt niet meer',
      status: 410,
      detail,
    }),
  nietVastgelegd: (cause?: unknown) =>
    new ProblemException(
      {
        type: `${TYPE}niet-vastgelegd`,
        title: 'De stap kon niet worden vastgelegd',
        status: 500,
        detail:
          'De stap kon niet worden vastgelegd in het dossier en is dus niet gezet. Het deelverzoek staat nog zoals het was. Probeer het opnieuw; lukt het weer niet, meld dan een storing.',
      },
      { cause },
    ),
};
