/**
 * The words around correcting a client afterwards: the forms on the client page and what they say
 * about deelverzoeken that are already running. One place, so the page and the file say the same.
 */
export const clientCorrectieTekst = {
  kop: 'Gegevens aanvullen of verbeteren',
  uitleg:
    'Elke wijziging komt in het dossier van de cliënt: wie, wanneer, wat er veranderde en waarom. Een eerdere aantekening verandert niet.',
  /** Why a running deelverzoek keeps what it started with (see the API service for the reasoning). */
  lopendeDeelverzoeken: (aantal: number) =>
    aantal === 1
      ? 'Er loopt 1 deelverzoek. Dat houdt de gegevens waarmee het begon. Een wijziging hier geldt voor deelverzoeken die u daarna start.'
      : `Er lopen ${aantal} deelverzoeken. Die houden de gegevens waarmee ze begonnen. Een wijziging hier geldt voor deelverzoeken die u daarna start.`,
  geenLopende: 'Een wijziging hier geldt voor deelverzoeken die u daarna start.',
  reden: 'Reden (komt in het dossier)',
  redenHint: 'Bijvoorbeeld: typfout bij de inschrijving, of de rechter heeft een voogd benoemd.',
  vertegenwoordiger: {
    kop: 'Vertegenwoordiger toevoegen',
    naam: 'Naam van de vertegenwoordiger',
    rol: 'Hoe vertegenwoordigt deze persoon de cliënt?',
    knop: 'Vertegenwoordiger toevoegen',
    gelukt: 'De vertegenwoordiger is toegevoegd en staat in het dossier.',
  },
  geboortedatum: {
    kop: 'Geboortedatum verbeteren',
    veld: 'Juiste geboortedatum',
    knop: 'Geboortedatum opslaan',
    gelukt: 'De geboortedatum is verbeterd en de wijziging staat in het dossier.',
  },
  wilsonbekwaam: {
    kop: 'Wilsonbekwaamheid',
    nuWel: 'De cliënt staat nu als wilsonbekwaam in deze zaak: een vertegenwoordiger beslist.',
    nuNiet: 'De cliënt staat nu niet als wilsonbekwaam: de cliënt beslist zelf, passend bij de leeftijd.',
    markeren: 'Markeren als wilsonbekwaam',
    weghalen: 'Markering wilsonbekwaam weghalen',
    gelukt: 'De wilsonbekwaamheid is gewijzigd en de wijziging staat in het dossier.',
  },
  bezig: 'Bezig…',
  /** The client file's link for an entry that belongs to no deelverzoek. */
  overDeClient: 'over de cliënt zelf',
} as const;
