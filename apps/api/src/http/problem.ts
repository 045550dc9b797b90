/**
 * RFC 9457 problem details. Messages are Dutch and meant for the person at the screen; they never
 * repeat client data.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Field-level messages for forms. */
  fouten?: Array<{ pad: string; bericht: string }>;
  /** Rules from the afwegingskader that forbid the action, with their handbook source. */
  overtredingen?: Array<{ code: string; bericht: string; bron: string }>;
  /** Seconds; sent as the Retry-After header, not in the body. */
  retryAfter?: number;
}

export class ProblemException extends Error {
  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
  }
}

const TYPE = 'https://deelwijs.nl/problemen/';

export const problemen = {
  ongeldigeInvoer: (fouten: ProblemDetails['fouten']) =>
    new ProblemException({
      type: `${TYPE}ongeldige-invoer`,
      title: 'De invoer is niet geldig',
      status: 400,
      detail: 'Verbeter de gemarkeerde velden en probeer het opnieuw.',
      fouten,
    }),
  nietGevonden: (wat: string) =>
    new ProblemException({
      type: `${TYPE}niet-gevonden`,
      title: 'Niet gevonden',
      status: 404,
      detail: `${wat} bestaat niet of u heeft er geen toegang toe.`,
    }),
  nietIngelogd: () =>
    new ProblemException({
      type: `${TYPE}niet-ingelogd`,
      title: 'Niet ingelogd',
      status: 401,
      detail: 'Log in om verder te gaan.',
    }),
  geenToegang: (detail: string) =>
    new ProblemException({ type: `${TYPE}geen-toegang`, title: 'Geen toegang', status: 403, detail }),
  teVeelPogingen: (seconden: number) =>
    new ProblemException({
      type: `${TYPE}te-veel-pogingen`,
      title: 'Te veel pogingen',
      status: 429,
      detail: `Te veel mislukte inlogpogingen. Probeer het over ${Math.ceil(seconden / 60)} minuten opnieuw.`,
    }),
  regelOvertreden: (overtredingen: NonNullable<ProblemDetails['overtredingen']>) =>
    new ProblemException({
      type: `${TYPE}regel-overtreden`,
      title: 'Dit mag niet volgens het afwegingskader',
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
  nietBeschikbaar: (detail: string) =>
    new ProblemException({
      type: `${TYPE}niet-beschikbaar`,
      title: 'Tijdelijk niet beschikbaar',
      status: 503,
      detail,
    }),
};
