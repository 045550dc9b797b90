import { bron } from '../bronnen/bron.schema';
import type { Bijlage1 } from './bijlage-1.schema';
import { domeinen, gegevenscategorieen, ontvangers, petten } from './lijsten';
import { bijlage1Regels } from './regels';

const START = bron('Bijlage 1', 'Om mee te beginnen', 20);

export const bijlage1: Bijlage1 = {
  inleiding: [
    'In het sociaal domein pakken we de vraag van een cliënt in samenhang aan. Soms moeten we daarvoor persoonsgegevens delen, en dan volgen we de regels.',
    'Dit overzicht vat de regels per domein en pet samen. De wetteksten zelf blijven leidend.',
    'Naast de AVG gelden andere wetten, zoals de Ambtenarenwet, Jeugdwet, Participatiewet, Wet politiegegevens en WGBO. Die gaan vóór de AVG.',
  ],
  algemeneRegels: [
    {
      id: 'geheimhouding-voor-iedereen',
      tekst:
        'Iedereen die in het sociaal domein werkt, heeft een geheimhoudingsplicht (Awb art. 2:5). Een wet kan die plicht opheffen of juist zwaarder maken.',
      bron: START,
    },
    {
      id: 'vitale-situaties-herkennen',
      tekst:
        'Professionals moeten vitale situaties herkennen en afwegen tussen zwijgen en verantwoord ingrijpen.',
      bron: START,
    },
    {
      id: 'zonder-toestemming-vastleggen',
      tekst:
        'Wie zonder toestemming deelt, legt dat altijd schriftelijk vast in het cliëntdossier, met de reden en hoe het besluit tot stand kwam.',
      bron: bron('Bijlage 1', 'Wat mag met wie gedeeld worden', 20, 25),
    },
    {
      id: 'gemeente-geen-toestemming',
      tekst:
        'Een gemeente (Wmo-loket, toegang jeugd, bijstand) kan in de regel niet op toestemming werken, omdat de inwoner van haar afhankelijk is. Zij werkt op haar publieke taak en licht de inwoner in. Voor bijzondere persoonsgegevens blijft toestemming of een uitdrukkelijke wettelijke basis nodig.',
      bron: bron('5', 'Grondslagen', 14),
    },
    {
      id: 'geen-uitwisseling-tussen-wetten',
      tekst: 'Tussen Wmo, Jeugd en Participatie gaan geen gegevens over zonder toestemming van de cliënt.',
      bron: bron('5', 'Grondslagen', 14),
    },
  ],
  domeinen,
  petten,
  gegevenscategorieen,
  ontvangers,
  regels: bijlage1Regels,
  begrippen: ['pet', 'grondslag', 'toestemming', 'vitaal-belang', 'bijzondere-persoonsgegevens'],
};
