import { type Beleid, GegevenscategorieId } from '@deelwijs/content';
import { z } from 'zod';
import { Afweging1Antwoord } from '../afweging-1/afweging-1';
import { Deelverzoek, Ontvanger } from '../deelverzoek/deelverzoek.schema';
import {
  Afweging4Reden,
  Afweging4Stand,
  Akkoord,
  CollegialeToetsing,
  Doorbrekingsvoorstel,
} from '../doorbreking/doorbreking.schema';
import { Actor, type Dossieraantekening } from '../dossieraantekening/dossieraantekening.schema';
import type { Medewerker } from '../functiescheiding/functiescheiding';
import { GrondslagKeuze, NietDelen, Omstandigheden, RouteSoort } from '../grondslag/grondslag.schema';
import {
  InformerenAchteraf,
  InformerenAchterafInvoer,
} from '../informeren-achteraf/informeren-achteraf.schema';
import { Professional } from '../professional/professional.schema';
import { Overtreding } from '../regels/resultaat';
import { GerechtvaardigdeReden, Uitstel } from '../termijnen/uitstel';
import { Toestemming, Toestemmingspoging } from '../toestemming/toestemming.schema';
import { Verstrekking, VerstrekkingInvoer } from '../verstrekking/verstrekking.schema';
import { Client, Partij, WieMoetToestemmen } from '../vertegenwoordiging/vertegenwoordiging.schema';
import { IsoTijdstip } from '../werkdagen/amsterdam-tijd';
import type { WerkdagOptiesInvoer } from '../werkdagen/feestdagen';

const Toelichting = z
  .string()
  .trim()
  .min(5, 'Licht uw antwoord toe in minstens 5 tekens.')
  .max(4000, 'De toelichting is te lang (hoogstens 4000 tekens).');

/** Afweging 2: a welbepaald doel, the data uitdrukkelijk omschreven, and a grondslag. */
export const Afweging2Antwoord = z.object({
  welbepaaldDoel: z.boolean(),
  uitdrukkelijkOmschreven: z.boolean(),
  gegevens: z.array(GegevenscategorieId).min(1, 'Noem welke gegevens u wilt delen.'),
  /** The recipients made precise (their pet and kind); leaves the deelverzoek's own when absent. */
  ontvangers: z.array(Ontvanger).min(1, 'Noem minstens één ontvanger.').optional(),
  /** Null: there is no grondslag. */
  grondslag: GrondslagKeuze.nullable(),
  omstandigheden: Omstandigheden.default({
    vermoedenHuiselijkGeweld: false,
    optOutDeclaratie: false,
    acuutVitaalBelang: false,
  }),
  toelichting: Toelichting,
});
export type Afweging2Antwoord = z.input<typeof Afweging2Antwoord>;

/** Afweging 3: doelmatigheid, proportionaliteit, subsidiariteit; optionally sharing less. */
export const Afweging3Antwoord = z.object({
  doelmatig: z.boolean(),
  proportioneel: z.boolean(),
  subsidiair: z.boolean(),
  minderGegevens: z
    .object({
      gegevens: z.array(GegevenscategorieId).min(1, 'Houd minstens één gegeven over, of deel niet.'),
      reden: Toelichting,
    })
    .optional(),
  toelichting: Toelichting,
});
export type Afweging3Antwoord = z.infer<typeof Afweging3Antwoord>;

export const AchterwegeGelaten = z.object({ categorie: GegevenscategorieId, reden: z.string().min(1) });
export type AchterwegeGelaten = z.infer<typeof AchterwegeGelaten>;

/** What afweging 2 and 3 settled: the data, the grondslag and what the rules make of them. */
export const DeelverzoekInhoud = z.object({
  gegevens: z.array(GegevenscategorieId).min(1),
  grondslag: GrondslagKeuze,
  omstandigheden: Omstandigheden,
  routeSoort: RouteSoort,
  toestemmingVereist: z.array(Overtreding),
  nietDelen: z.array(NietDelen),
  achterwegeGelaten: z.array(AchterwegeGelaten),
});
export type DeelverzoekInhoud = z.infer<typeof DeelverzoekInhoud>;

export const VastgelegdePoging = z.object({ poging: Toestemmingspoging, door: Actor });
export type VastgelegdePoging = z.infer<typeof VastgelegdePoging>;

/** The whole state of one deelverzoek's process; `deelverzoek.status` is where it stands. */
export const DeelverzoekProces = z.object({
  deelverzoek: Deelverzoek,
  /** Number of the last dossieraantekening written. */
  volgnummer: z.number().int().min(1),
  client: Client,
  professional: Professional,
  inhoud: DeelverzoekInhoud.optional(),
  wieMoetToestemmen: WieMoetToestemmen.optional(),
  toestemmingGevraagdVanaf: IsoTijdstip.optional(),
  pogingen: z.array(VastgelegdePoging),
  toestemmingen: z.array(Toestemming),
  afweging4: Afweging4Stand.optional(),
  verstrekking: Verstrekking.optional(),
  uitstel: z.array(Uitstel),
  informerenAchteraf: InformerenAchteraf.optional(),
});
export type DeelverzoekProces = z.infer<typeof DeelverzoekProces>;

/** Every command a person can give a deelverzoek, by kind. */
export const Opdracht = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('afweging-1'), antwoord: Afweging1Antwoord }),
  z.object({ soort: z.literal('afweging-2'), antwoord: Afweging2Antwoord }),
  z.object({ soort: z.literal('afweging-3'), antwoord: Afweging3Antwoord }),
  z.object({ soort: z.literal('toestemmingspoging'), poging: Toestemmingspoging }),
  z.object({ soort: z.literal('toestemming-intrekken'), partij: Partij, toelichting: Toelichting }),
  z.object({ soort: z.literal('start-afweging-4'), reden: Afweging4Reden, toelichting: Toelichting }),
  z.object({ soort: z.literal('doorbrekingsvoorstel'), voorstel: Doorbrekingsvoorstel }),
  z.object({ soort: z.literal('collegiale-toetsing'), toetsing: CollegialeToetsing }),
  z.object({ soort: z.literal('akkoord-leidinggevende'), akkoord: Akkoord }),
  z.object({ soort: z.literal('verstrekking'), verstrekking: VerstrekkingInvoer }),
  z.object({
    soort: z.literal('uitstel'),
    reden: GerechtvaardigdeReden.optional(),
    onderbouwing: z.string().trim().max(4000, 'Hoogstens 4000 tekens.'),
    tot: IsoTijdstip,
    aangevraagdDoor: Actor,
  }),
  z.object({ soort: z.literal('informeren-achteraf'), informeren: InformerenAchterafInvoer }),
  z.object({ soort: z.literal('intrekken'), toelichting: Toelichting }),
]);
export type Opdracht = z.input<typeof Opdracht>;
export type OpdrachtSoort = Opdracht['soort'];

/** Who acts, when, under which policy: the domain has no clock and no users of its own. */
export interface ProcesContext {
  door: Medewerker;
  op: string;
  beleid: Beleid;
  werkdagOpties?: WerkdagOptiesInvoer;
}

export interface ProcesStap {
  proces: DeelverzoekProces;
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
}
