import { Bewaarbeleid } from './bewaarbeleid';

/**
 * The default retention periods. Where a law or standard names a period it is that period, counted
 * from the moment it names; the rest are Deelwijs's own, as short as their purpose allows (AVG art.
 * 5(1)(e), storage limitation).
 */
export const standaardBewaarbeleid: Bewaarbeleid = Bewaarbeleid.parse({
  versie: 'bewaartermijnen-2026.1',
  termijnen: {
    dossieraantekeningen: {
      termijn: { aantal: 20, eenheid: 'jaren' },
      vanaf: 'het moment dat de aantekening is gemaakt',
      bronnen: [
        { wet: 'Jeugdwet', artikel: '7.3.8', onderwerp: 'bewaartermijn van het jeugddossier' },
        { wet: 'WGBO', artikel: '7:454 lid 3', onderwerp: 'bewaartermijn van het dossier' },
      ],
      toelichting:
        'Beide wetten rekenen twintig jaar vanaf het maken van het stuk. Het oudste deel van de keten van een cliënt gaat eruit; een grafsteen houdt de controle van de rest heel.',
    },
    clientgegevens: {
      termijn: { aantal: 20, eenheid: 'jaren' },
      vanaf:
        'de laatste wijziging in het dossier van de cliënt, en pas als er geen aantekening en geen open werk meer is',
      bronnen: [
        { wet: 'WGBO', artikel: '7:454 lid 3', onderwerp: 'bewaartermijn van het dossier' },
        { wet: 'Jeugdwet', artikel: '7.3.8', onderwerp: 'bewaartermijn van het jeugddossier' },
      ],
      toelichting:
        'Naam, geboortedatum, vertegenwoordigers, deelverzoeken en toestemmingen horen bij het dossier. Ze gaan pas weg als de aantekeningen van de cliënt al weg zijn en er twintig jaar niets meer is veranderd. Een grafsteen telt wat er ging; de logboeken houden hun eigen termijn en noemen de cliënt dan alleen nog met een kenmerk.',
    },
    toegangslog: {
      termijn: { aantal: 5, eenheid: 'jaren' },
      vanaf: 'het moment van inzien of vastleggen',
      bronnen: [{ wet: 'NEN 7513', artikel: '2018', onderwerp: 'logging van toegang tot dossiers' }],
      toelichting:
        'NEN 7513 vraagt de logregels minstens vijf jaar te bewaren, zodat een cliënt en de toezichthouder kunnen nagaan wie het dossier heeft ingezien.',
    },
    verwerkingslog: {
      termijn: { aantal: 5, eenheid: 'jaren' },
      vanaf: 'het einde van de verwerking',
      bronnen: [{ wet: 'AVG', artikel: '5 lid 2', onderwerp: 'verantwoordingsplicht' }],
      toelichting:
        'Elke regel hoort bij een regel in het toegangslog (dezelfde span_id). Met dezelfde termijn verdwijnen ze samen en blijft geen helft van een paar achter.',
    },
    sessies: {
      termijn: { aantal: 30, eenheid: 'dagen' },
      vanaf: 'het moment dat de sessie verliep',
      bronnen: [],
      toelichting:
        'Een verlopen sessie heeft geen doel meer. Een maand bewaren geeft tijd om een verdachte inlog na te gaan.',
    },
    inlogpogingen: {
      termijn: { aantal: 30, eenheid: 'dagen' },
      vanaf: 'de laatste poging, en niet zolang de blokkade loopt',
      bronnen: [],
      toelichting:
        'De telling beschermt tegen wachtwoordraden. Na een maand zonder poging is er niets meer te beschermen.',
    },
    notificaties: {
      termijn: { aantal: 1, eenheid: 'jaren' },
      vanaf: 'het moment dat de herinnering is gemaakt',
      bronnen: [],
      toelichting:
        'Een herinnering heeft na een jaar haar werk gedaan. Wat er in het proces gebeurde, staat in het dossier.',
    },
    idempotentie: {
      termijn: { aantal: 1, eenheid: 'dagen' },
      vanaf: 'het moment dat het verzoek binnenkwam',
      bronnen: [],
      toelichting:
        'Een bewaard antwoord zorgt dat een verzoek dat twee keer aankomt maar één keer iets doet. Het antwoord kan gegevens van een cliënt bevatten, dus het blijft niet langer dan een dag.',
    },
    rolwijzigingen: {
      termijn: { aantal: 5, eenheid: 'jaren' },
      vanaf: 'het moment dat de rol werd gegeven of afgenomen',
      bronnen: [{ wet: 'NEN 7513', artikel: '2018', onderwerp: 'logging van toegang tot dossiers' }],
      toelichting:
        'Wie welke rol had, verklaart wie een dossier mocht inzien. Daarom blijven deze regels even lang als het toegangslog: zo kan de privacy officer bij elke inzage nagaan of die persoon toen die rol had.',
    },
    uitnodigingen: {
      termijn: { aantal: 30, eenheid: 'dagen' },
      vanaf: 'het moment dat de uitnodiging verliep',
      bronnen: [],
      toelichting:
        'Een uitnodiging werkt één keer en maar een paar dagen. Daarna bewijst ze niets meer; wie een account kreeg en welke rollen, staat in de rolwijzigingen.',
    },
  },
});
