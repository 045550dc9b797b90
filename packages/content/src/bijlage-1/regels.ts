import { bron } from '../bronnen/bron.schema';
import type { Bijlage1Regel, PetId, Route } from './bijlage-1.schema';

const BIJLAGE = (pagina: number) => bron('Bijlage 1', 'Wat mag met wie gedeeld worden', pagina);

/** Vitaal belang appears in almost every row with the same meaning; one builder keeps them equal. */
function vitaalBelang(voorbeeld?: string): Route {
  return {
    grondslag: 'vitaal-belang',
    doel: voorbeeld
      ? `De cliënt of een ander beschermen bij levensgevaar of een ander ernstig gezondheidsbelang, bijvoorbeeld ${voorbeeld}.`
      : 'De cliënt of een ander beschermen bij levensgevaar of een ander ernstig gezondheidsbelang.',
    ontvangers: ['betrokken-hulpverleners'],
    zonderToestemming: true,
    uitzonderlijk: true,
    voorwaarden: ['Alleen in uitzonderlijke gevallen, na afweging 4a.'],
  };
}

const gemeenteJeugdwet: Bijlage1Regel = {
  domein: 'jeugd',
  pet: 'gemeente-jeugdwet',
  omschrijving: 'De gemeente als verantwoordelijke voor jeugdhulp: toegang, toeleiding en controle.',
  voorbeeldfuncties: ['medewerker toegang jeugd', 'consulent CJG'],
  wetten: ['Jeugdwet', 'AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      doel: 'Gegevens opvragen en bewaren om te beoordelen of jeugdhulp nodig is, om hulp in te zetten, en voor controle en fraudeonderzoek.',
      ontvangers: [],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [
        'De gemeente is terughoudend en neemt het werk van de jeugdzorgwerker niet over.',
        'De cliënt hoort vooraf wat er met zijn gegevens gebeurt en welke rechten hij heeft.',
        'Voor bijzondere persoonsgegevens is toestemming of een uitdrukkelijke wettelijke basis nodig.',
      ],
    },
    vitaalBelang(),
  ],
  welDelen: [
    { categorie: 'naw', met: ['betrokken-hulpverleners'] },
    { categorie: 'bsn', met: ['betrokken-hulpverleners'] },
    { categorie: 'ondersteuningsbehoefte', met: ['betrokken-hulpverleners'] },
    { categorie: 'verwachtingen', met: ['betrokken-hulpverleners'] },
    {
      categorie: 'inzet-andere-wet',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Bijvoorbeeld zorg uit de Zorgverzekeringswet vanaf 18 jaar.',
    },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
  ],
  nietDelen: [
    { categorie: 'plan-van-aanpak' },
    { categorie: 'clientdossier', voorwaarde: 'Het jeugdzorgdossier.' },
  ],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'Een inwoner is afhankelijk van de gemeente voor hulp, dus zijn toestemming is niet vrij. Werk op de publieke taak en licht hem in.',
  ],
  bron: BIJLAGE(20),
};

const jeugdzorgwerker: Bijlage1Regel = {
  domein: 'jeugd',
  pet: 'jeugdzorgwerker',
  omschrijving: 'Wie in de jeugdzorg hulp verleent aan jeugdigen en gezinnen.',
  voorbeeldfuncties: [
    'gezinscoach',
    'opvoedondersteuner',
    'gezinsvoogd',
    'voogd',
    'jeugdreclasseringswerker',
    'jeugdhulpverlener',
  ],
  wetten: ['Jeugdwet', 'AVG'],
  beroepsgeheim: 'skj',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'wettelijke-plicht',
      doel: 'De gemeente de gegevens geven die zij nodig heeft voor haar taken, zoals declaraties controleren.',
      ontvangers: ['gemeente'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [
        'Alleen wat de gemeente voor haar taak nodig heeft.',
        'Heeft de cliënt of zijn vertegenwoordiger met de privacyverklaring gekozen voor de opt-out, dan staat er geen enkel diagnostisch gegeven op de declaratie.',
      ],
    },
    {
      grondslag: 'toestemming',
      doel: 'Relevante informatie uitwisselen tussen jeugdzorgwerkers om de jeugdhulp uit te voeren.',
      ontvangers: ['collega-zelfde-discipline', 'betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: [],
    },
    vitaalBelang(),
  ],
  welDelen: [
    { categorie: 'naw', met: ['gemeente'] },
    { categorie: 'bsn', met: ['gemeente'] },
    { categorie: 'ondersteuningsbehoefte', met: ['gemeente'] },
    { categorie: 'verwachtingen', met: ['gemeente'] },
    { categorie: 'inzet-andere-wet', met: ['gemeente'] },
    { categorie: 'declaratiegegevens', met: ['gemeente'] },
    {
      categorie: 'relevante-hulpinformatie',
      met: ['collega-zelfde-discipline'],
      voorwaarde: 'Met toestemming.',
    },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen om de cliënt te beschermen tegen ongewenste ontwikkelingen.',
    },
  ],
  nietDelen: [
    {
      categorie: 'diagnostische-gegevens',
      voorwaarde: 'Als de cliënt de opt-out heeft gekozen, ook geen productcodes die iets verraden.',
    },
  ],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [],
  bron: BIJLAGE(20),
};

const veiligThuis: Bijlage1Regel = {
  domein: 'veilig-thuis',
  pet: 'veilig-thuis',
  omschrijving: 'Medewerker van Veilig Thuis die na een melding onderzoek doet.',
  voorbeeldfuncties: ['medewerker Veilig Thuis'],
  wetten: ['Wmo 2015', 'AVG'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'streven',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      wettelijkeBasis: 'Wmo 2015, taken van Veilig Thuis',
      doel: 'Na een melding onderzoek doen en informatie opvragen bij en delen met betrokken hulpverleners.',
      ontvangers: ['betrokken-hulpverleners'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen wat nodig is voor het onderzoek of om het geweld te stoppen.'],
    },
  ],
  welDelen: [
    {
      categorie: 'alle-relevante-informatie',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Opvragen en geven moet nodig zijn voor het onderzoek of om geweld te stoppen.',
    },
  ],
  nietDelen: [],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: ['Veilig Thuis heeft voor het onderzoek geen toestemming van de cliënt nodig.'],
  bron: BIJLAGE(21),
};

const hulpverlenerMelder: Bijlage1Regel = {
  domein: 'veilig-thuis',
  pet: 'hulpverlener-melder-veilig-thuis',
  omschrijving:
    'Hulpverlener die Veilig Thuis informatie geeft, bij een melding of op verzoek tijdens het onderzoek.',
  voorbeeldfuncties: ['elke hulpverlener, ook met een beroepsgeheim'],
  wetten: ['Wmo 2015', 'AVG'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'streven',
  verwijstNaar: null,
  routes: [
    {
      grondslag: null,
      wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
      uitzondering: 'meldrecht',
      doel: 'Veilig Thuis informeren over een vermoeden van huiselijk geweld of kindermishandeling.',
      ontvangers: ['veilig-thuis'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [
        'Mag ook met een beroepsgeheim en zonder toestemming.',
        'Streef ernaar de cliënt vooraf te vertellen dat je Veilig Thuis informeert.',
      ],
    },
  ],
  welDelen: [{ categorie: 'alle-relevante-informatie', met: ['veilig-thuis'] }],
  nietDelen: [],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'Houd geen relevante informatie achter, positief of negatief; anders kan Veilig Thuis de situatie niet goed beoordelen. De wet dwingt dit niet af.',
    'Het medisch tuchtcollege vraagt om de cliënt vooraf in te lichten en toestemming te zoeken. Lukt dat niet of is het niet verstandig, meld dan toch.',
  ],
  bron: BIJLAGE(21),
};

const zorgverlener: Bijlage1Regel = {
  domein: 'gezondheidszorg',
  pet: 'zorgverlener',
  omschrijving: 'Hulpverlener in de gezondheidszorg die met andere hulpverleners samenwerkt.',
  voorbeeldfuncties: ['zorgverlener', 'begeleider in de zorg'],
  wetten: ['WGBO', 'AVG'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: false,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'toestemming',
      doel: 'Uitwisselen wat relevant is met andere hulpverleners die aan de hulpvraag werken.',
      ontvangers: ['betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: [],
    },
  ],
  welDelen: [
    {
      categorie: 'relevante-hulpinformatie',
      met: ['betrokken-hulpverleners'],
      voorwaarde:
        'Alleen wat echt nodig is in het belang van de cliënt, en waarvan hij weet dat het gedeeld wordt.',
    },
  ],
  nietDelen: [],
  vastleggen: ['toestemming-schriftelijk', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [],
  bron: BIJLAGE(22),
};

const gemeenteGezondheidszorg: Bijlage1Regel = {
  domein: 'gezondheidszorg',
  pet: 'gemeente-gezondheidszorg',
  omschrijving: 'Medewerker van de gemeente die informatie krijgt van hulpverleners in de zorg.',
  voorbeeldfuncties: ['consulent', 'contractmanager'],
  wetten: ['AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      doel: 'Als financier of opdrachtgever weten welke ondersteuning nodig is en wat die moet opleveren.',
      ontvangers: ['gemeente'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen als de gemeente financier of opdrachtgever van de hulp is.'],
    },
  ],
  welDelen: [
    { categorie: 'ondersteuningsbehoefte', met: ['gemeente'] },
    { categorie: 'verwachtingen', met: ['gemeente'] },
  ],
  nietDelen: [
    {
      categorie: 'relevante-hulpinformatie',
      voorwaarde:
        'Gegevens die de hulpverlener op grond van toestemming kreeg, kan de gemeente in de regel niet ontvangen.',
    },
    { categorie: 'diagnostische-gegevens' },
  ],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client'],
  aandachtspunten: ['De gemeente kan in de regel geen gebruikmaken van toestemming als grondslag.'],
  bron: BIJLAGE(22),
};

const bigZorgverlener: Bijlage1Regel = {
  domein: 'gezondheidszorg',
  pet: 'big-zorgverlener',
  omschrijving: 'Hulpverlener met een medisch beroepsgeheim (BIG).',
  voorbeeldfuncties: [
    '(jeugd)arts',
    '(jeugd)psychiater',
    '(jeugd)verpleegkundige',
    'verloskundige',
    'gezondheidszorgpsycholoog',
    'psychotherapeut',
  ],
  wetten: ['Wet BIG', 'WGBO', 'AVG'],
  beroepsgeheim: 'big',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'toestemming',
      doel: 'Informatie delen met anderen over de cliënt; zonder toestemming verbiedt de Wet BIG dat in principe.',
      ontvangers: ['betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: ['Eerst de WGBO, dan de AVG.'],
    },
    {
      grondslag: null,
      wettelijkeBasis: 'Wmo 2015 art. 5.2.6 (meldrecht)',
      uitzondering: 'meldrecht',
      doel: 'Bij een vermoeden van huiselijk geweld of kindermishandeling gegevens delen met Veilig Thuis.',
      ontvangers: ['veilig-thuis'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Vertel het de cliënt vooraf en zoek toestemming als dat kan.'],
    },
    {
      grondslag: 'wettelijke-plicht',
      uitzondering: 'wettelijke-plicht',
      doel: 'Informatie geven aan de voogd, en aan de Raad voor de Kinderbescherming bij een onderzoek.',
      ontvangers: ['voogd', 'raad-voor-de-kinderbescherming'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [],
    },
    vitaalBelang(),
  ],
  welDelen: [
    {
      categorie: 'alle-relevante-informatie',
      met: ['veilig-thuis'],
      voorwaarde: 'Bij een melding op grond van het meldrecht.',
    },
    { categorie: 'gevraagd-door-voogd-of-raad', met: ['voogd', 'raad-voor-de-kinderbescherming'] },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
  ],
  nietDelen: [
    {
      categorie: 'diagnostische-gegevens',
      voorwaarde: 'Niet zonder toestemming of een van de uitzonderingen.',
    },
  ],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [
    'Het medisch tuchtcollege vraagt om de cliënt vooraf in te lichten en toestemming te zoeken. Lukt dat niet of is het niet verstandig, meld dan toch bij Veilig Thuis.',
    'Voor het doorbreken van het beroepsgeheim geldt afweging 4c.',
  ],
  bron: BIJLAGE(22),
};

const gemeenteWmo: Bijlage1Regel = {
  domein: 'wmo',
  pet: 'gemeente-wmo',
  omschrijving: 'De gemeente als verantwoordelijke voor maatschappelijke ondersteuning (Wmo-loket).',
  voorbeeldfuncties: ['Wmo-consulent', 'medewerker Wmo-loket'],
  wetten: ['Wmo 2015', 'AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      doel: 'Gegevens opvragen en bewaren om te beoordelen of een Wmo-voorziening nodig is, om hulp in te zetten, en voor controle en fraudeonderzoek.',
      ontvangers: [],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [
        'De gemeente is terughoudend en neemt het werk van de hulpverlener niet over.',
        'De cliënt hoort vooraf wat er met zijn gegevens gebeurt en welke rechten hij heeft.',
        'Voor bijzondere persoonsgegevens is toestemming of een uitdrukkelijke wettelijke basis nodig.',
      ],
    },
    vitaalBelang(),
  ],
  welDelen: [
    { categorie: 'naw', met: ['betrokken-hulpverleners'] },
    { categorie: 'bsn', met: ['betrokken-hulpverleners'] },
    { categorie: 'ondersteuningsbehoefte', met: ['betrokken-hulpverleners'] },
    { categorie: 'verwachtingen', met: ['betrokken-hulpverleners'] },
    {
      categorie: 'inzet-andere-wet',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Zoals zorg uit de Zorgverzekeringswet.',
    },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
  ],
  nietDelen: [{ categorie: 'plan-van-aanpak' }, { categorie: 'clientdossier' }],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'Een inwoner is afhankelijk van de gemeente voor een voorziening, dus zijn toestemming is niet vrij. Werk op de publieke taak en licht hem in.',
  ],
  bron: BIJLAGE(23),
};

const aanbiederWmo: Bijlage1Regel = {
  domein: 'wmo',
  pet: 'aanbieder-wmo',
  omschrijving: 'Organisatie die in opdracht van de gemeente Wmo-ondersteuning geeft.',
  voorbeeldfuncties: ['begeleider', 'thuisondersteuner', 'casemanager aanbieder'],
  wetten: ['Wmo 2015', 'AVG'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'wettelijke-plicht',
      doel: 'De gemeente de gegevens geven die zij nodig heeft voor haar Wmo-taken, zoals declaraties controleren.',
      ontvangers: ['gemeente'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen wat de gemeente voor haar taak nodig heeft.'],
    },
    {
      grondslag: 'toestemming',
      doel: 'Relevante informatie uitwisselen tussen Wmo-aanbieders om de hulp uit te voeren.',
      ontvangers: ['collega-zelfde-discipline', 'betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: [],
    },
    vitaalBelang('bij een besmettelijke, levensbedreigende ziekte'),
  ],
  welDelen: [
    { categorie: 'naw', met: ['gemeente'] },
    { categorie: 'bsn', met: ['gemeente'] },
    { categorie: 'ondersteuningsbehoefte', met: ['gemeente'] },
    { categorie: 'verwachtingen', met: ['gemeente'] },
    { categorie: 'inzet-andere-wet', met: ['gemeente'] },
    { categorie: 'declaratiegegevens', met: ['gemeente'] },
    {
      categorie: 'relevante-hulpinformatie',
      met: ['collega-zelfde-discipline'],
      voorwaarde: 'Met toestemming.',
    },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang, zoals levensbedreigend gedrag.',
    },
  ],
  nietDelen: [],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [],
  bron: BIJLAGE(23),
};

/** A "see above" row: the target's rules, under its own domain and pet. */
function verwijzing(
  doel: Bijlage1Regel,
  eigen: Pick<Bijlage1Regel, 'domein' | 'pet' | 'omschrijving' | 'voorbeeldfuncties' | 'bron'> & {
    aandachtspunten?: string[];
  },
): Bijlage1Regel {
  return {
    ...doel,
    ...eigen,
    verwijstNaar: doel.pet,
    aandachtspunten: [...(eigen.aandachtspunten ?? []), ...doel.aandachtspunten],
  };
}

const psycholoogEigenPraktijk: Bijlage1Regel = {
  domein: 'psychologen-pedagogen',
  pet: 'psycholoog-pedagoog-eigen-praktijk',
  omschrijving: 'Psycholoog, pedagoog of onderwijskundige met een eigen praktijk.',
  voorbeeldfuncties: ['psycholoog (NIP)', 'orthopedagoog (NVO)', 'onderwijskundige (NVO)'],
  wetten: ['Beroepscode NIP', 'Beroepscode NVO', 'AVG'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'overeenkomst',
      doel: 'Een collega die vervangt het werk laten overnemen, of een collega die direct bij de behandeling betrokken is laten meewerken.',
      ontvangers: ['vervangende-collega', 'collega-zelfde-discipline'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen wat nodig is voor de vervanging of de behandeling.'],
    },
    {
      grondslag: 'wettelijke-plicht',
      wettelijkeBasis: 'Gezag over minderjarigen (BW boek 1) en de beroepscode',
      doel: 'De ouder met gezag of de voogd informeren over een cliënt jonger dan 16.',
      ontvangers: ['ouders-met-gezag'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen bij een cliënt jonger dan 16 jaar.'],
    },
    {
      grondslag: 'overeenkomst',
      doel: 'Delen met een onderzoeker bij een onderzoek dat de cliënt of zijn ouder zelf heeft gevraagd.',
      ontvangers: ['onderzoeker'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Het onderzoek is in opdracht van de cliënt of zijn ouder.'],
    },
    {
      grondslag: 'toestemming',
      doel: 'Delen met een onderzoeker bij een onderzoek dat een ander heeft gevraagd.',
      ontvangers: ['onderzoeker'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: ['Toestemming van de cliënt of zijn ouder is nodig.'],
    },
  ],
  welDelen: [
    { categorie: 'gegevens-voor-vervanging', met: ['vervangende-collega'] },
    {
      categorie: 'relevante-hulpinformatie',
      met: ['collega-zelfde-discipline'],
      voorwaarde: 'Collega direct betrokken bij de behandeling.',
    },
    {
      categorie: 'relevante-hulpinformatie',
      met: ['ouders-met-gezag'],
      voorwaarde: 'Bij een cliënt jonger dan 16 jaar.',
    },
    {
      categorie: 'relevante-hulpinformatie',
      met: ['onderzoeker'],
      voorwaarde: 'Volgens de route van het onderzoek.',
    },
  ],
  nietDelen: [],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [
    'De regels lijken sterk op die voor de gezondheidszorg en de Jeugdwet.',
    'Wie als gezondheidszorgpsycholoog of psychotherapeut is ingeschreven, valt onder de Wet BIG: zie de BIG-zorgverlener.',
  ],
  bron: BIJLAGE(24),
};

const sociaalWerker: Bijlage1Regel = {
  domein: 'sociaal-werk',
  pet: 'sociaal-werker',
  omschrijving: 'Sociaal werker of welzijnswerker, bijvoorbeeld in het wijkteam.',
  voorbeeldfuncties: [
    'sociaal werker',
    'welzijnswerker',
    'maatschappelijk werker',
    'schoolmaatschappelijk werker',
  ],
  wetten: ['AVG', 'Beroepscode sociaal werk'],
  beroepsgeheim: 'algemeen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'toestemming',
      doel: 'Uitwisselen wat relevant is met collega’s en met andere hulpverleners die aan de hulpvraag werken.',
      ontvangers: ['collega-zelfde-discipline', 'betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: [],
    },
    vitaalBelang(),
  ],
  welDelen: [
    {
      categorie: 'relevante-hulpinformatie',
      met: ['collega-zelfde-discipline', 'betrokken-hulpverleners'],
      voorwaarde: 'Alleen wat echt nodig is voor de cliënt, en waarvan hij weet dat het gedeeld wordt.',
    },
    { categorie: 'ondersteuningsbehoefte', met: ['gemeente'] },
    { categorie: 'verwachtingen', met: ['gemeente'] },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang, zoals levensbedreigend gedrag.',
    },
  ],
  nietDelen: [],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [],
  bron: BIJLAGE(24),
};

const leerkracht: Bijlage1Regel = {
  domein: 'onderwijs',
  pet: 'leerkracht',
  omschrijving: 'Groepsleerkracht in het basis- of voortgezet onderwijs.',
  voorbeeldfuncties: ['groepsleerkracht', 'mentor', 'intern begeleider'],
  wetten: ['Wet op het primair onderwijs', 'Wet op het voortgezet onderwijs', 'AVG'],
  beroepsgeheim: 'geen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'wettelijke-plicht',
      doel: 'Een leerlingdossier bijhouden en bij een schoolwissel een onderwijskundig rapport naar de nieuwe school sturen.',
      ontvangers: ['nieuwe-school'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['De school heeft hiervoor geen toestemming nodig.'],
    },
    {
      grondslag: 'toestemming',
      doel: 'Informatie inbrengen in een extern overleg, zoals het wijkteam.',
      ontvangers: ['extern-overleg'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: ['Vooraf toestemming van de ouders met gezag en/of de leerling (zie de leeftijdsregels).'],
    },
  ],
  welDelen: [
    { categorie: 'onderwijskundig-rapport', met: ['nieuwe-school'] },
    { categorie: 'relevante-hulpinformatie', met: ['extern-overleg'], voorwaarde: 'Alleen met toestemming.' },
  ],
  nietDelen: [
    { categorie: 'leerlingdossier', voorwaarde: 'Niet zonder toestemming naar een extern overleg.' },
  ],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [],
  bron: BIJLAGE(24),
};

const passendOnderwijs: Bijlage1Regel = {
  domein: 'onderwijs',
  pet: 'passend-onderwijs',
  omschrijving: 'Medewerker van een school of samenwerkingsverband die passend onderwijs regelt.',
  voorbeeldfuncties: ['zorgcoördinator', 'medewerker samenwerkingsverband', 'onderwijsconsulent'],
  wetten: ['Wet op het primair onderwijs', 'Wet op het voortgezet onderwijs', 'AVG'],
  beroepsgeheim: 'geen',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'wettelijke-plicht',
      wettelijkeBasis: 'Wet op het primair onderwijs en Wet op het voortgezet onderwijs',
      doel: 'Onderling gegevens uitwisselen voor een passende plek en de ondersteuning die de leerling nodig heeft.',
      ontvangers: ['scholen-en-samenwerkingsverband'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [],
    },
    {
      grondslag: 'toestemming',
      doel: 'Informatie inbrengen in een extern overleg, zoals het wijkteam.',
      ontvangers: ['extern-overleg'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: ['Vooraf toestemming van de ouders met gezag en/of de leerling.'],
    },
    vitaalBelang(),
  ],
  welDelen: [
    { categorie: 'relevante-hulpinformatie', met: ['scholen-en-samenwerkingsverband'] },
    { categorie: 'ondersteuningsbehoefte', met: ['gemeente'] },
    { categorie: 'verwachtingen', met: ['gemeente'] },
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
  ],
  nietDelen: [
    {
      categorie: 'relevante-hulpinformatie',
      voorwaarde:
        'Niet aan gemeentemedewerkers (behalve de leerplichtambtenaar): zij kunnen in de regel niet op toestemming werken en krijgen daarom maar weinig.',
    },
  ],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [],
  bron: BIJLAGE(24),
};

const leerplichtambtenaar: Bijlage1Regel = {
  domein: 'leerplicht',
  pet: 'leerplichtambtenaar',
  omschrijving: 'Leerplichtambtenaar van de gemeente.',
  voorbeeldfuncties: ['leerplichtambtenaar', 'RMC-consulent'],
  wetten: ['Leerplichtwet 1969', 'AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: true,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      wettelijkeBasis: 'Leerplichtwet 1969',
      doel: 'Gegevens opvragen en delen met partijen die een rol hebben in de aanpak van wat achter het verzuim zit.',
      ontvangers: ['betrokken-hulpverleners', 'scholen-en-samenwerkingsverband'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Ouders en leerling worden erover ingelicht.'],
    },
    vitaalBelang(),
    {
      grondslag: 'toestemming',
      doel: 'Delen voor een heel ander doel dan de leerplicht.',
      ontvangers: ['betrokken-hulpverleners'],
      zonderToestemming: false,
      uitzonderlijk: false,
      voorwaarden: ['Toestemming van de leerling en/of de ouder.'],
    },
    {
      grondslag: 'wettelijke-plicht',
      doel: 'Delen voor een ander doel omdat een wet dat verplicht.',
      ontvangers: [],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [],
    },
  ],
  welDelen: [
    {
      categorie: 'gegevens-terugkeer-school',
      met: ['betrokken-hulpverleners', 'scholen-en-samenwerkingsverband'],
      voorwaarde: 'Zorgvuldig omgaan met deze gegevens.',
    },
  ],
  nietDelen: [],
  vastleggen: [
    'toestemming-schriftelijk',
    'delen-zonder-toestemming-motiveren',
    'informeren-client',
    'gedeelde-gegevens-en-ontvangers',
  ],
  aandachtspunten: [
    'Een leerplichtambtenaar heeft geen beroepsgeheim, wel ambtelijke geheimhouding.',
    'Anders dan andere gemeentemedewerkers kan de leerplichtambtenaar wel op toestemming werken.',
  ],
  bron: BIJLAGE(25),
};

const politiefunctionaris: Bijlage1Regel = {
  domein: 'politie',
  pet: 'politiefunctionaris',
  omschrijving: 'Medewerker van de politie.',
  voorbeeldfuncties: ['wijkagent', 'jeugdagent'],
  wetten: ['Wet politiegegevens', 'Besluit politiegegevens'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: false,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'eigen-regime',
  verwijstNaar: null,
  routes: [
    {
      grondslag: null,
      wettelijkeBasis: 'Wet politiegegevens',
      doel: 'Gegevens geven aan partijen die de wet aanwijst.',
      ontvangers: ['halt', 'raad-voor-de-kinderbescherming', 'gecertificeerde-instelling', 'veilig-thuis'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Voor zover de ontvanger de gegevens nodig heeft voor zijn taak.'],
    },
    {
      grondslag: null,
      wettelijkeBasis: 'Wet politiegegevens (samenwerkingsverbanden)',
      doel: 'Gegevens delen in een samenwerkingsverband voor politietaken: hulp aan wie dat nodig heeft, opsporing en openbare orde.',
      ontvangers: ['casusoverleg'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: [
        'De korpsleiding besluit over deelname aan casusoverleg, bijvoorbeeld bemoeizorg of huiselijk geweld.',
      ],
    },
  ],
  welDelen: [
    {
      categorie: 'politiegegevens-voor-taak',
      met: [
        'halt',
        'raad-voor-de-kinderbescherming',
        'gecertificeerde-instelling',
        'veilig-thuis',
        'casusoverleg',
      ],
    },
  ],
  nietDelen: [],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'De AVG geldt niet voor de politie; de Wet politiegegevens wel. Toestemming speelt daarin geen rol.',
    'De politie moet zwijgen over wat zij in haar werk meemaakt, tenzij een wet delen uitdrukkelijk toestaat.',
  ],
  bron: BIJLAGE(25),
};

const ambtenaarSociaalDomein: Bijlage1Regel = {
  domein: 'sociaal-domein',
  pet: 'ambtenaar-sociaal-domein',
  omschrijving: 'Ambtenaar die in het sociaal domein werkt.',
  voorbeeldfuncties: ['beleidsmedewerker', 'consulent', 'administratief medewerker'],
  wetten: ['Ambtenarenwet', 'Awb', 'AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    {
      grondslag: 'publieke-taak',
      doel: 'Gegevens delen met ambtenaren binnen hetzelfde aandachtsveld als dat in het belang van de cliënt is.',
      ontvangers: ['collega-zelfde-aandachtsveld'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen binnen hetzelfde aandachtsveld en in het belang van de cliënt.'],
    },
    vitaalBelang('bij een ernstige lichamelijke of psychische ziekte'),
  ],
  welDelen: [
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
  ],
  nietDelen: [],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'De cliënt mag zijn eigen gegevens zelf delen. De ambtenaar kan hem adviseren met wie hij kan praten en wat hij kan vertellen.',
    'De cliënt weet ervan en heeft, als dat kon, ingestemd.',
  ],
  bron: BIJLAGE(25),
};

const uitvoerderParticipatiewet: Bijlage1Regel = {
  domein: 'participatiewet',
  pet: 'uitvoerder-participatiewet',
  omschrijving: 'Ambtenaar of uitvoerder van de Participatiewet (bijstand, werk en inkomen).',
  voorbeeldfuncties: ['klantmanager werk en inkomen', 'consulent bijstand'],
  wetten: ['Participatiewet', 'AVG'],
  beroepsgeheim: 'ambtelijk',
  avgVanToepassing: true,
  toestemmingBruikbaar: false,
  zonderToestemmingMogelijk: true,
  informatieplicht: 'verplicht',
  verwijstNaar: null,
  routes: [
    vitaalBelang('bij een ernstige lichamelijke of psychische ziekte'),
    {
      grondslag: null,
      wettelijkeBasis: 'Participatiewet art. 65',
      doel: 'Gegevens geven voor statistiek of wetenschap, als ze niet naar personen te herleiden zijn.',
      ontvangers: ['onderzoeker'],
      zonderToestemming: true,
      uitzonderlijk: false,
      voorwaarden: ['Alleen niet-herleidbare gegevens.'],
    },
  ],
  welDelen: [
    {
      categorie: 'vitaal-noodzakelijke-gegevens',
      met: ['betrokken-hulpverleners'],
      voorwaarde: 'Alleen bij vitaal belang.',
    },
    { categorie: 'niet-herleidbare-gegevens', met: ['onderzoeker'] },
  ],
  nietDelen: [],
  vastleggen: ['delen-zonder-toestemming-motiveren', 'informeren-client', 'gedeelde-gegevens-en-ontvangers'],
  aandachtspunten: [
    'Uitgangspunt is geheimhouding (Participatiewet art. 65).',
    'De cliënt mag zijn eigen gegevens zelf delen. De uitvoerder kan hem adviseren met wie hij kan praten en wat hij kan vertellen.',
  ],
  bron: BIJLAGE(25),
};

export const bijlage1Regels: Bijlage1Regel[] = [
  gemeenteJeugdwet,
  jeugdzorgwerker,
  veiligThuis,
  hulpverlenerMelder,
  zorgverlener,
  gemeenteGezondheidszorg,
  bigZorgverlener,
  gemeenteWmo,
  aanbiederWmo,
  verwijzing(jeugdzorgwerker, {
    domein: 'psychologen-pedagogen',
    pet: 'psycholoog-pedagoog-jeugdzorg',
    omschrijving: 'Psycholoog of pedagoog die in de jeugdzorg werkt: de regels van de Jeugdwet gelden.',
    voorbeeldfuncties: ['psycholoog in de jeugdzorg', 'orthopedagoog in de jeugdzorg'],
    bron: BIJLAGE(24),
  }),
  verwijzing(zorgverlener, {
    domein: 'psychologen-pedagogen',
    pet: 'psycholoog-pedagoog-gezondheidszorg',
    omschrijving:
      'Psycholoog of pedagoog die in de gezondheidszorg werkt: de regels van de gezondheidszorg gelden.',
    voorbeeldfuncties: ['psycholoog in een zorginstelling'],
    aandachtspunten: [
      'Wie als gezondheidszorgpsycholoog of psychotherapeut in het BIG-register staat, volgt de BIG-zorgverlener.',
    ],
    bron: BIJLAGE(24),
  }),
  psycholoogEigenPraktijk,
  sociaalWerker,
  leerkracht,
  passendOnderwijs,
  leerplichtambtenaar,
  politiefunctionaris,
  ambtenaarSociaalDomein,
  uitvoerderParticipatiewet,
];

export function vindBijlage1Regel(
  pet: PetId,
  regels: readonly Bijlage1Regel[] = bijlage1Regels,
): Bijlage1Regel {
  const regel = regels.find((r) => r.pet === pet);
  if (!regel) throw new Error(`Bijlage 1 kent geen regel voor de pet '${pet}'.`);
  return regel;
}
