import { GegevenscategorieId } from '@deelwijs/content/bijlage-1/bijlage-1.ids';
import { z } from 'zod';
import { ConflictVanPlichten } from '../conflict-van-plichten/conflict-van-plichten';
import { Ontvanger } from '../deelverzoek/deelverzoek.schema';
import { GrondslagKeuze, NietDelen, Omstandigheden } from '../grondslag/grondslag.schema';
import { Professional } from '../professional/professional.schema';
import { Overtreding } from '../regels/resultaat';
import { GerechtvaardigdeReden } from '../termijnen/uitstel';
import { Client, WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { Datum, IsoTijdstip } from '../werkdagen/amsterdam-tijd';

export const ToestemmingStatus = z.enum([
  'niet-gevraagd',
  'gevraagd',
  'gegeven',
  'geweigerd',
  'geen-antwoord',
]);
export type ToestemmingStatus = z.infer<typeof ToestemmingStatus>;

/** A case as another system describes it: who, what, to whom, why, and the answers given so far. */
export const Situatie = z.object({
  peildatum: z.union([Datum, IsoTijdstip]),
  client: Client,
  professional: Professional,
  doel: z.string().trim().min(10, 'Beschrijf het doel van het delen in minstens 10 tekens.'),
  gegevens: z.array(GegevenscategorieId).min(1, 'Noem welke gegevens u wilt delen.'),
  ontvangers: z.array(Ontvanger).min(1, 'Noem minstens één ontvanger.'),
  grondslag: GrondslagKeuze.nullable().optional(),
  omstandigheden: Omstandigheden.default({
    vermoedenHuiselijkGeweld: false,
    optOutDeclaratie: false,
    acuutVitaalBelang: false,
  }),
  toestemming: ToestemmingStatus.default('niet-gevraagd'),
  antwoorden: z
    .object({
      afweging1: z.object({ hoortBijMij: z.boolean() }).optional(),
      afweging2: z.object({ welbepaaldDoel: z.boolean(), uitdrukkelijkOmschreven: z.boolean() }).optional(),
      afweging3: z
        .object({ doelmatig: z.boolean(), proportioneel: z.boolean(), subsidiair: z.boolean() })
        .optional(),
      afweging4: z
        .object({
          goedeArgumentenClient: z.boolean(),
          conflictVanPlichten: ConflictVanPlichten.nullable(),
          nietVoorafInformeren: GerechtvaardigdeReden.optional(),
        })
        .optional(),
    })
    .default({}),
});
export type Situatie = z.input<typeof Situatie>;

export const AdviesRoute = z.enum([
  'onbepaald',
  'doorverwijzen',
  'niet-delen',
  'met-toestemming',
  'grondslag-zonder-toestemming',
  'meldrecht',
  'afweging-4a',
  'afweging-4c',
]);
export type AdviesRoute = z.infer<typeof AdviesRoute>;

export const VolgendeStap = z.enum([
  'afweging-1',
  'doorverwijzen',
  'pet-vastleggen',
  'afweging-2',
  'grondslag-herzien',
  'afweging-3',
  'minder-gegevens',
  'niet-delen',
  'vertegenwoordiging-vastleggen',
  'toestemming-vragen',
  'afweging-4',
  'collegiale-toetsing-en-akkoord',
  'verstrekken',
]);
export type VolgendeStap = z.infer<typeof VolgendeStap>;

export const Advies = z.object({
  route: AdviesRoute,
  /** Afweging 4b: the client is told afterwards, not beforehand. */
  nietVoorafInformeren: z.boolean(),
  volgendeStap: z.object({ stap: VolgendeStap, uitleg: z.string(), bron: z.string() }),
  wieMoetToestemmen: WieMoetToestemmen.nullable(),
  nietDelen: z.array(NietDelen),
  /** What only consent can open here. */
  toestemmingVereist: z.array(Overtreding),
  overtredingen: z.array(Overtreding),
});
export type Advies = z.infer<typeof Advies>;
