import { z } from 'zod';
import { Bron, bron, Tekst } from './bron.schema';

/**
 * A brochure the handbook refers to. Only the host of the web address is kept: the handbook's full
 * links date from 2014–2018 and are no longer reliable.
 */
export const Brochure = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    nummer: z.number().int().positive(),
    titel: Tekst,
    ondertitel: Tekst.optional(),
    uitgever: Tekst,
    jaar: z.number().int().min(2000).max(2100),
    website: Tekst,
    waarover: Tekst,
    bron: Bron,
  })
  .strict();
export type Brochure = z.infer<typeof Brochure>;

const BROCHURES = bron('5', 'Overzicht relevante brochures', 13);

export const brochures: Brochure[] = [
  {
    id: 'handleiding-avg-uavg',
    nummer: 1,
    titel: 'Handleiding Algemene verordening gegevensbescherming',
    ondertitel: 'en Uitvoeringswet AVG',
    uitgever: 'Ministerie van Justitie en Veiligheid',
    jaar: 2018,
    website: 'autoriteitpersoonsgegevens.nl',
    waarover: 'Uitleg van de AVG en de Nederlandse uitvoeringswet, artikel voor artikel.',
    bron: BROCHURES,
  },
  {
    id: 'vng-handreiking-professional',
    nummer: 2,
    titel: 'Handreiking voor de professional',
    ondertitel: 'persoonsgegevens verwerken in het sociaal domein',
    uitgever: 'VNG',
    jaar: 2015,
    website: 'vng.nl',
    waarover: 'Wat een professional in wijkteam of gemeente met persoonsgegevens mag doen.',
    bron: BROCHURES,
  },
  {
    id: 'vng-factsheet-toestemming',
    nummer: 3,
    titel: 'Factsheet omgaan met toestemming',
    ondertitel: 'gegevensverwerking in het sociaal domein',
    uitgever: 'VNG',
    jaar: 2015,
    website: 'vng.nl',
    waarover: 'Wanneer toestemming een bruikbare grondslag is en wanneer niet.',
    bron: BROCHURES,
  },
  {
    id: 'handvat-veiligheidshuizen',
    nummer: 4,
    titel: 'Gegevensuitwisseling in het zorg- en veiligheidsdomein',
    ondertitel: 'juridisch handvat voor Veiligheidshuizen',
    uitgever: 'Veiligheidshuizen',
    jaar: 2017,
    website: 'veiligheidshuizen.nl',
    waarover:
      'Naslagwerk: welke partijen samenwerken in zorg en veiligheid en aan welke regels elk van hen gebonden is.',
    bron: BROCHURES,
  },
  {
    id: 'wegwijzer-beroepsgeheim',
    nummer: 5,
    titel: 'Het beroepsgeheim in samenwerkingsverbanden',
    ondertitel: 'wegwijzer voor zorgprofessionals',
    uitgever: 'NVO en partners',
    jaar: 2014,
    website: 'nvo.nl',
    waarover: 'Meldrecht, doorbreking van het beroepsgeheim en samenwerken in een netwerk.',
    bron: BROCHURES,
  },
  {
    id: 'in-goed-vertrouwen',
    nummer: 6,
    titel: 'In goed vertrouwen',
    ondertitel: 'vuistregels voor gegevensuitwisseling rond jeugd',
    uitgever: 'GGD GHOR Nederland, GGZ Nederland en KNMG',
    jaar: 2016,
    website: 'istandaarden.nl',
    waarover: 'De landelijke vuistregels voor professionals die gegevens over jeugdigen uitwisselen.',
    bron: BROCHURES,
  },
  {
    id: 'handreiking-bemoeizorg',
    nummer: 7,
    titel: 'Handreiking gegevensuitwisseling in de bemoeizorg',
    uitgever: 'GGD GHOR Nederland, GGZ Nederland en KNMG',
    jaar: 2014,
    website: 'ggznederland.nl',
    waarover: 'Gegevens delen rond mensen die zelf geen hulp zoeken.',
    bron: BROCHURES,
  },
  {
    id: 'rechten-van-betrokkenen-1',
    nummer: 8,
    titel: 'Rechten van betrokkenen, deel 1',
    ondertitel: 'informatieplicht en inzagerecht',
    uitgever: 'VNG',
    jaar: 2018,
    website: 'vngrealisatie.nl',
    waarover: 'Hoe je mensen informeert over hun gegevens en hoe je een verzoek om inzage afhandelt.',
    bron: BROCHURES,
  },
];

/** Many brochures predate the AVG (25 May 2018); their content still holds because the Wbp was close to it. */
export const brochuresOpmerking =
  'Een deel van deze brochures noemt nog de Wet bescherming persoonsgegevens (Wbp). Die wet leek sterk op de AVG, die op 25 mei 2018 in werking trad, dus de uitleg blijft bruikbaar.';
