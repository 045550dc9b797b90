import { z } from 'zod';

/**
 * What one item of someone's werkvoorraad asks of them (besides their own open deelverzoeken). The
 * domain decides which applies to whom (`werkVoorMedewerker`); screens group by it.
 */
export const WerkSoortId = z.enum([
  /** A collegiale toetsing assigned to me. */
  'toetsing',
  /** A collegiale toetsing in my team's pool: anyone of the team may take it. */
  'toetsing-in-pool',
  /** A doorbreking waiting for the leidinggevende's signature. */
  'akkoord',
  /** Shared at once in acute danger; the signature must follow. */
  'akkoord-achteraf',
  /** Uitstel of informeren achteraf, asked for and not yet decided. */
  'uitstel-beoordelen',
]);
export type WerkSoortId = z.infer<typeof WerkSoortId>;

export const werkSoortLabel: Record<WerkSoortId, string> = {
  toetsing: 'Collegiale toetsing voor u',
  'toetsing-in-pool': 'Collegiale toetsing in de pool van uw team',
  akkoord: 'Doorbreking: wacht op uw akkoord',
  'akkoord-achteraf': 'Acuut gedeeld: uw akkoord achteraf',
  'uitstel-beoordelen': 'Uitstel van informeren achteraf beoordelen',
};

/**
 * The groups a werkvoorraad shows its items in, in this order: signatures first (acute danger may
 * already have led to sharing), then reviews, then uitstel decisions.
 */
export const WerkGroepId = z.enum(['handtekening', 'toetsing', 'toetsing-in-pool', 'uitstel-beoordelen']);
export type WerkGroepId = z.infer<typeof WerkGroepId>;

/** Both kinds of signature form one list, so acute and urgent ones stand above the rest. */
export const werkGroepVan: Record<WerkSoortId, WerkGroepId> = {
  toetsing: 'toetsing',
  'toetsing-in-pool': 'toetsing-in-pool',
  akkoord: 'handtekening',
  'akkoord-achteraf': 'handtekening',
  'uitstel-beoordelen': 'uitstel-beoordelen',
};

/** A group's heading, as the person it waits for reads it. */
export const werkGroepLabel: Record<WerkGroepId, string> = {
  handtekening: 'Wachten op mijn akkoord',
  toetsing: 'Toetsingen voor mij',
  'toetsing-in-pool': 'In de pool van mijn team',
  'uitstel-beoordelen': 'Verzoeken om uitstel van informeren achteraf',
};

/** Why an item stands high in the list: shared already in acute danger, or urgent. */
export const WerkMarkeringId = z.enum(['acuut-gedeeld', 'spoed']);
export type WerkMarkeringId = z.infer<typeof WerkMarkeringId>;

export const werkMarkeringLabel: Record<WerkMarkeringId, string> = {
  'acuut-gedeeld': 'Acuut gedeeld',
  spoed: 'Spoed',
};

/** Why a doorbreking is on the privacy officer's list of sign-offs. */
export const HandtekeningSignaalId = z.enum([
  /** Signature past its deadline (2 working days, 4 hours when urgent). */
  'akkoord-te-laat',
  /** Shared in acute danger; the signature afterwards is past its deadline. */
  'acuut-niet-getekend',
  /** Shared in acute danger; the leidinggevende refused afterwards. */
  'acuut-afgewezen',
]);
export type HandtekeningSignaalId = z.infer<typeof HandtekeningSignaalId>;

export const handtekeningSignaalLabel: Record<HandtekeningSignaalId, string> = {
  'akkoord-te-laat': 'Akkoord leidinggevende te laat',
  'acuut-niet-getekend': 'Acuut gedeeld, akkoord achteraf te laat',
  'acuut-afgewezen': 'Acuut gedeeld, achteraf afgewezen',
};

/**
 * The route by which data was shared without the client knowing, on the privacy officer's list of
 * clients still to be told afterwards.
 */
export const InformerenAchterafRouteId = z.enum([
  'niet-vooraf-informeren',
  'acuut-vitaal-belang',
  'doorbreking',
  'meldrecht',
  'grondslag-zonder-toestemming',
]);
export type InformerenAchterafRouteId = z.infer<typeof InformerenAchterafRouteId>;

export const informerenAchterafRouteLabel: Record<InformerenAchterafRouteId, string> = {
  'niet-vooraf-informeren': 'Afweging 4b: niet vooraf verteld',
  'acuut-vitaal-belang': 'Acuut gedeeld bij vitaal belang',
  doorbreking: 'Doorbreking, cliënt niet vooraf verteld',
  meldrecht: 'Meldrecht',
  'grondslag-zonder-toestemming': 'Wettelijke grondslag zonder toestemming',
};

/**
 * A casemanager's own open deelverzoeken, grouped by what they wait for: the next action, or where
 * no clock runs the step it stands in (sharing the data, a weighing). In this order: what I must do
 * myself first — a failed step, asking consent, telling the client afterwards, sharing, finishing
 * the weighing — then what waits on others.
 */
export const EigenWerkGroepId = z.enum([
  'storing',
  'toestemming-vragen',
  'informeren-achteraf',
  'verstrekken',
  'afwegen',
  'akkoord-achteraf',
  'akkoord-leidinggevende',
  'collegiale-toetsing',
  'uitstel-beoordelen',
]);
export type EigenWerkGroepId = z.infer<typeof EigenWerkGroepId>;

/** Whether a group asks something of me now, or waits on a collega or a leidinggevende. */
export const eigenWerkGroepBijMij: Record<EigenWerkGroepId, boolean> = {
  storing: true,
  'toestemming-vragen': true,
  'informeren-achteraf': true,
  verstrekken: true,
  afwegen: true,
  'akkoord-achteraf': false,
  'akkoord-leidinggevende': false,
  'collegiale-toetsing': false,
  'uitstel-beoordelen': false,
};

/** A group's heading, as the casemanager reads it. */
export const eigenWerkGroepLabel: Record<EigenWerkGroepId, string> = {
  storing: 'Storing: doe de laatste stap opnieuw',
  'toestemming-vragen': 'Toestemming vragen',
  'informeren-achteraf': 'Cliënt achteraf informeren',
  verstrekken: 'Gegevens verstrekken',
  afwegen: 'Afwegingen afmaken',
  'akkoord-achteraf': 'Acuut gedeeld: wacht op akkoord achteraf',
  'akkoord-leidinggevende': 'Wacht op akkoord leidinggevende',
  'collegiale-toetsing': 'Wacht op collegiale toetsing',
  'uitstel-beoordelen': 'Wacht op besluit over uitstel',
};

/**
 * What waits for the privacy officer on their werkvoorraad, from the lists of the toezicht: in this
 * order, because a client not told afterwards is a breach of the law today.
 */
export const ToezichtWerkGroepId = z.enum(['informeren-achteraf', 'handtekening', 'toestemming-vastgelopen']);
export type ToezichtWerkGroepId = z.infer<typeof ToezichtWerkGroepId>;

export const toezichtWerkGroepLabel: Record<ToezichtWerkGroepId, string> = {
  'informeren-achteraf': 'Cliënten achteraf informeren: te laat of binnen een week',
  handtekening: 'Handtekeningen te laat of achteraf afgewezen',
  'toestemming-vastgelopen': 'Vastgelopen toestemming',
};

/** What waits for the functioneel beheerder on the beheer page, in this order. */
export const BeheerWerkGroepId = z.enum(['uitnodiging-verlopen', 'uitnodiging-open', 'zonder-team']);
export type BeheerWerkGroepId = z.infer<typeof BeheerWerkGroepId>;

export const beheerWerkGroepLabel: Record<BeheerWerkGroepId, string> = {
  'uitnodiging-verlopen': 'Uitnodigingen verlopen: opnieuw uitnodigen',
  'uitnodiging-open': 'Uitnodigingen nog niet aangenomen',
  'zonder-team': 'Accounts in een team dat niet bestaat',
};
