import type { Domein, Gegevenscategorie, Ontvanger, Pet } from './bijlage-1.schema';

export const domeinen: Domein[] = [
  { id: 'jeugd', naam: 'Jeugdhulp en Jeugdwet', wetten: ['Jeugdwet'] },
  {
    id: 'veilig-thuis',
    naam: 'Veilig Thuis (advies- en meldpunt huiselijk geweld en kindermishandeling)',
    wetten: ['Wmo 2015'],
  },
  { id: 'gezondheidszorg', naam: 'Gezondheidszorg', wetten: ['WGBO', 'Wet BIG'] },
  { id: 'wmo', naam: 'Maatschappelijke ondersteuning (Wmo 2015)', wetten: ['Wmo 2015'] },
  {
    id: 'psychologen-pedagogen',
    naam: 'Psychologen, pedagogen en onderwijskundigen',
    wetten: ['Beroepscode NIP', 'Beroepscode NVO'],
  },
  { id: 'sociaal-werk', naam: 'Sociaal werk en welzijnswerk', wetten: ['AVG'] },
  {
    id: 'onderwijs',
    naam: 'Onderwijs',
    wetten: ['Wet op het primair onderwijs', 'Wet op het voortgezet onderwijs'],
  },
  { id: 'leerplicht', naam: 'Leerplicht', wetten: ['Leerplichtwet 1969'] },
  { id: 'politie', naam: 'Politie', wetten: ['Wet politiegegevens'] },
  { id: 'sociaal-domein', naam: 'Sociaal domein (gemeente)', wetten: ['Ambtenarenwet', 'Awb'] },
  { id: 'participatiewet', naam: 'Participatiewet', wetten: ['Participatiewet'] },
];

export const petten: Pet[] = [
  { id: 'gemeente-jeugdwet', domein: 'jeugd', naam: 'Gemeente (Jeugdwet)' },
  { id: 'jeugdzorgwerker', domein: 'jeugd', naam: 'Jeugdzorgwerker' },
  { id: 'veilig-thuis', domein: 'veilig-thuis', naam: 'Medewerker Veilig Thuis' },
  {
    id: 'hulpverlener-melder-veilig-thuis',
    domein: 'veilig-thuis',
    naam: 'Hulpverlener die Veilig Thuis informeert',
  },
  { id: 'zorgverlener', domein: 'gezondheidszorg', naam: 'Hulpverlener in de gezondheidszorg' },
  {
    id: 'gemeente-gezondheidszorg',
    domein: 'gezondheidszorg',
    naam: 'Medewerker gemeente (tegenover de zorg)',
  },
  { id: 'big-zorgverlener', domein: 'gezondheidszorg', naam: 'BIG-zorgverlener met medisch beroepsgeheim' },
  { id: 'gemeente-wmo', domein: 'wmo', naam: 'Gemeente (Wmo)' },
  { id: 'aanbieder-wmo', domein: 'wmo', naam: 'Aanbieder Wmo' },
  {
    id: 'psycholoog-pedagoog-jeugdzorg',
    domein: 'psychologen-pedagogen',
    naam: 'Psycholoog of pedagoog in de jeugdzorg',
  },
  {
    id: 'psycholoog-pedagoog-gezondheidszorg',
    domein: 'psychologen-pedagogen',
    naam: 'Psycholoog of pedagoog in de gezondheidszorg',
  },
  {
    id: 'psycholoog-pedagoog-eigen-praktijk',
    domein: 'psychologen-pedagogen',
    naam: 'Psycholoog, pedagoog of onderwijskundige met een eigen praktijk',
  },
  { id: 'sociaal-werker', domein: 'sociaal-werk', naam: 'Sociaal werker of welzijnswerker' },
  { id: 'leerkracht', domein: 'onderwijs', naam: 'Groepsleerkracht basisschool of voortgezet onderwijs' },
  { id: 'passend-onderwijs', domein: 'onderwijs', naam: 'Medewerker passend onderwijs' },
  { id: 'leerplichtambtenaar', domein: 'leerplicht', naam: 'Leerplichtambtenaar' },
  { id: 'politiefunctionaris', domein: 'politie', naam: 'Politiefunctionaris' },
  { id: 'ambtenaar-sociaal-domein', domein: 'sociaal-domein', naam: 'Ambtenaar in het sociaal domein' },
  {
    id: 'uitvoerder-participatiewet',
    domein: 'participatiewet',
    naam: 'Ambtenaar of uitvoerder Participatiewet',
  },
];

export const gegevenscategorieen: Gegevenscategorie[] = [
  { id: 'naw', naam: 'NAW', uitleg: 'Naam, adres en woonplaats.', bijzonder: false },
  {
    id: 'bsn',
    naam: 'BSN',
    uitleg: 'Burgerservicenummer. Alleen te gebruiken als een wet dat regelt.',
    bijzonder: false,
  },
  {
    id: 'ondersteuningsbehoefte',
    naam: 'Welke ondersteuning nodig is',
    uitleg: 'Welke hulp of voorziening de cliënt nodig heeft.',
    bijzonder: false,
  },
  {
    id: 'verwachtingen',
    naam: 'Verwachtingen van de ondersteuning',
    uitleg: 'Wat de ondersteuning moet opleveren.',
    bijzonder: false,
  },
  {
    id: 'inzet-andere-wet',
    naam: 'Inzet vanuit een andere wet',
    uitleg: 'Wat er al wordt ingezet vanuit een andere wet, zoals de Zorgverzekeringswet.',
    bijzonder: false,
  },
  {
    id: 'declaratiegegevens',
    naam: 'Declaratiegegevens op productgroepniveau',
    uitleg: 'Wat geleverd is, aan wie, wanneer en hoe lang, zonder meer detail dan de productgroep.',
    bijzonder: false,
  },
  {
    id: 'diagnostische-gegevens',
    naam: 'Diagnostische gegevens',
    uitleg: 'Diagnoses, behandelverloop en productcodes waaruit een diagnose blijkt.',
    bijzonder: true,
  },
  {
    id: 'plan-van-aanpak',
    naam: 'Plan van aanpak',
    uitleg: 'Het hulpverleningsplan met doelen en acties.',
    bijzonder: true,
  },
  {
    id: 'clientdossier',
    naam: 'Cliëntdossier',
    uitleg: 'Het volledige dossier, zoals het jeugdzorgdossier.',
    bijzonder: true,
  },
  {
    id: 'vitaal-noodzakelijke-gegevens',
    naam: 'Gegevens nodig om de cliënt te beschermen',
    uitleg:
      'Alleen wat nodig is om de cliënt of een ander te beschermen tegen levensbedreigende of andere ernstige gevolgen.',
    bijzonder: true,
  },
  {
    id: 'relevante-hulpinformatie',
    naam: 'Relevante informatie voor de hulp',
    uitleg: 'Wat echt nodig is voor de hulp, en waarvan de cliënt weet dat het gedeeld wordt.',
    bijzonder: true,
  },
  {
    id: 'alle-relevante-informatie',
    naam: 'Alle relevante informatie voor onderzoek naar geweld',
    uitleg: 'Positieve en negatieve informatie die nodig is om geweld te onderzoeken of te stoppen.',
    bijzonder: true,
  },
  {
    id: 'leerlingdossier',
    naam: 'Leerlingdossier',
    uitleg: 'Het dossier dat de school wettelijk bijhoudt.',
    bijzonder: false,
  },
  {
    id: 'onderwijskundig-rapport',
    naam: 'Onderwijskundig rapport',
    uitleg: 'Het overstapdossier dat bij een schoolwissel naar de nieuwe school gaat.',
    bijzonder: false,
  },
  {
    id: 'gegevens-terugkeer-school',
    naam: 'Gegevens voor terugkeer naar school',
    uitleg: 'Wat helpt om de leerling weer naar school te laten gaan.',
    bijzonder: false,
  },
  {
    id: 'politiegegevens-voor-taak',
    naam: 'Politiegegevens voor de taak van de ontvanger',
    uitleg:
      'Gegevens voor hulpverlening, opsporing of openbare orde, voor zover de ontvanger ze voor zijn taak nodig heeft.',
    bijzonder: true,
  },
  {
    id: 'gegevens-voor-vervanging',
    naam: 'Gegevens voor vervanging',
    uitleg: 'Alleen wat een vervangende collega nodig heeft om het werk over te nemen.',
    bijzonder: true,
  },
  {
    id: 'gevraagd-door-voogd-of-raad',
    naam: 'Gegevens gevraagd door voogd of Raad',
    uitleg: 'De gegevens waar de voogd of de Raad voor de Kinderbescherming om vraagt.',
    bijzonder: true,
  },
  {
    id: 'niet-herleidbare-gegevens',
    naam: 'Niet-herleidbare gegevens',
    uitleg: 'Statistische of wetenschappelijke gegevens die niet naar een persoon terug te leiden zijn.',
    bijzonder: false,
  },
];

export const ontvangers: Ontvanger[] = [
  { id: 'gemeente', naam: 'Gemeente (als financier of opdrachtgever)' },
  { id: 'betrokken-hulpverleners', naam: 'Hulpverleners of aanbieders die bij de hulpvraag betrokken zijn' },
  { id: 'collega-zelfde-discipline', naam: 'Collega’s van dezelfde soort (onderling)' },
  { id: 'veilig-thuis', naam: 'Veilig Thuis' },
  { id: 'voogd', naam: 'Voogd' },
  { id: 'raad-voor-de-kinderbescherming', naam: 'Raad voor de Kinderbescherming' },
  { id: 'nieuwe-school', naam: 'Nieuwe school' },
  { id: 'extern-overleg', naam: 'Extern overleg, zoals het wijkteam' },
  { id: 'scholen-en-samenwerkingsverband', naam: 'Scholen en samenwerkingsverband passend onderwijs' },
  { id: 'halt', naam: 'Bureau Halt' },
  {
    id: 'gecertificeerde-instelling',
    naam: 'Gecertificeerde instelling (jeugdbescherming en jeugdreclassering)',
  },
  { id: 'casusoverleg', naam: 'Casusoverleg (bemoeizorg, huiselijk geweld, buurt of wijk)' },
  { id: 'vervangende-collega', naam: 'Collega die vervangt' },
  { id: 'onderzoeker', naam: 'Onderzoeker' },
  { id: 'ouders-met-gezag', naam: 'Ouders met gezag of voogd' },
  { id: 'collega-zelfde-aandachtsveld', naam: 'Ambtenaar binnen hetzelfde aandachtsveld' },
];
