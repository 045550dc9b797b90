import { z } from 'zod';

/**
 * Every kind of dossieraantekening the process writes. Stored in the append-only file, so a value
 * never changes meaning and new kinds are only appended; the domain's `AantekeningSoort` is this enum.
 */
export const AantekeningSoortId = z.enum([
  'deelverzoek-gestart',
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemmingspoging',
  'toestemming-ingetrokken',
  'afweging-4',
  'doorbrekingsvoorstel',
  'collegiale-toetsing',
  'akkoord-leidinggevende',
  'verstrekking',
  'uitstel',
  'informeren-achteraf',
  'afsluiting',
  // Appended, so stored values keep their meaning.
  'partij-geinformeerd',
  'toetsing-toegewezen',
  'meldrecht-overleg',
  'overdracht',
  // About the client, not one deelverzoek: the entry has no deelverzoek (deelverzoekId null).
  'vertegenwoordiger-toegevoegd',
  'geboortedatum-gecorrigeerd',
  'wilsonbekwaamheid-gewijzigd',
]);
export type AantekeningSoortId = z.infer<typeof AantekeningSoortId>;

/** The heading of one entry in the file, the timeline and the verantwoording. */
export const aantekeningSoortLabel: Record<AantekeningSoortId, string> = {
  'deelverzoek-gestart': 'Deelverzoek gestart',
  'afweging-1': 'Afweging 1: hoort de vraag bij mij?',
  'afweging-2': 'Afweging 2: doel, gegevens en grondslag',
  'afweging-3': 'Afweging 3: nodig, in verhouding, geen lichtere weg',
  toestemmingspoging: 'Toestemming gevraagd',
  'toestemming-ingetrokken': 'Toestemming ingetrokken',
  'afweging-4': 'Afweging 4: delen zonder toestemming overwogen',
  doorbrekingsvoorstel: 'Voorstel om zonder toestemming te delen',
  'collegiale-toetsing': 'Advies van de deskundige collega',
  'akkoord-leidinggevende': 'Besluit van de leidinggevende',
  verstrekking: 'Gegevens gedeeld',
  uitstel: 'Uitstel van informeren achteraf',
  'informeren-achteraf': 'Cliënt achteraf geïnformeerd',
  afsluiting: 'Deelverzoek afgesloten',
  'partij-geinformeerd': 'Verteld wat er met de gegevens gebeurt',
  'toetsing-toegewezen': 'Collegiale toetsing gevraagd',
  'meldrecht-overleg': 'Overleg over een melding (meldrecht)',
  overdracht: 'Overgedragen aan een andere casemanager',
  'vertegenwoordiger-toegevoegd': 'Vertegenwoordiger toegevoegd',
  'geboortedatum-gecorrigeerd': 'Geboortedatum gecorrigeerd',
  'wilsonbekwaamheid-gewijzigd': 'Wilsonbekwaamheid gewijzigd',
};

/** The kinds of entry about the client itself, written outside any deelverzoek. */
export const clientAantekeningSoorten = [
  'vertegenwoordiger-toegevoegd',
  'geboortedatum-gecorrigeerd',
  'wilsonbekwaamheid-gewijzigd',
] as const satisfies readonly AantekeningSoortId[];

/**
 * The parts of the verantwoording, in the order of handbook chapter 4; every kind of entry belongs
 * to one, so the document has a heading per afweging.
 */
export const VerantwoordingDeelId = z.enum([
  'start',
  'afweging-1',
  'afweging-2',
  'afweging-3',
  'toestemming',
  'afweging-4',
  'verstrekking',
  'informeren-achteraf',
  'afsluiting',
  // Appended: corrections of the client's own data, outside every deelverzoek.
  'clientgegevens',
]);
export type VerantwoordingDeelId = z.infer<typeof VerantwoordingDeelId>;

export const verantwoordingDeelLabel: Record<VerantwoordingDeelId, string> = {
  start: 'Het deelverzoek',
  'afweging-1': 'Afweging 1: hoort de vraag bij mij?',
  'afweging-2': 'Afweging 2: doel, gegevens en grondslag',
  'afweging-3': 'Afweging 3: nodig, in verhouding en geen lichtere weg',
  toestemming: 'Toestemming: de pogingen en wat er is gezegd',
  'afweging-4': 'Afweging 4: delen zonder toestemming',
  verstrekking: 'De verstrekking',
  'informeren-achteraf': 'De cliënt achteraf informeren',
  afsluiting: 'Afsluiting',
  clientgegevens: 'Gegevens van de cliënt',
};

export const verantwoordingDeelVan: Record<AantekeningSoortId, VerantwoordingDeelId> = {
  'deelverzoek-gestart': 'start',
  'afweging-1': 'afweging-1',
  'afweging-2': 'afweging-2',
  'afweging-3': 'afweging-3',
  toestemmingspoging: 'toestemming',
  'toestemming-ingetrokken': 'toestemming',
  'partij-geinformeerd': 'toestemming',
  'afweging-4': 'afweging-4',
  doorbrekingsvoorstel: 'afweging-4',
  'toetsing-toegewezen': 'afweging-4',
  'collegiale-toetsing': 'afweging-4',
  'akkoord-leidinggevende': 'afweging-4',
  'meldrecht-overleg': 'verstrekking',
  verstrekking: 'verstrekking',
  uitstel: 'informeren-achteraf',
  'informeren-achteraf': 'informeren-achteraf',
  afsluiting: 'afsluiting',
  // Who is responsible belongs with the deelverzoek itself, not with one afweging.
  overdracht: 'start',
  'vertegenwoordiger-toegevoegd': 'clientgegevens',
  'geboortedatum-gecorrigeerd': 'clientgegevens',
  'wilsonbekwaamheid-gewijzigd': 'clientgegevens',
};

/** On which basis data moved (the verstrekking's `basis.soort`). */
export const DeelbasisSoortId = z.enum([
  'toestemming',
  'grondslag-zonder-toestemming',
  'meldrecht',
  'doorbreking',
]);
export type DeelbasisSoortId = z.infer<typeof DeelbasisSoortId>;

export const deelbasisLabel: Record<DeelbasisSoortId, string> = {
  toestemming: 'Met toestemming',
  'grondslag-zonder-toestemming': 'Wettelijke grondslag zonder toestemming',
  meldrecht: 'Meldrecht',
  doorbreking: 'Doorbreking van de zwijgplicht, met akkoord van de leidinggevende',
};

/** The route afweging 3 reached (Bijlage 1). */
export const RouteSoortId = z.enum([
  'met-toestemming',
  'grondslag-zonder-toestemming',
  'meldrecht',
  'vitaal-belang',
]);
export type RouteSoortId = z.infer<typeof RouteSoortId>;

export const routeSoortLabel: Record<RouteSoortId, string> = {
  'met-toestemming': 'Delen met toestemming',
  'grondslag-zonder-toestemming': 'Delen op een wettelijke grondslag, zonder toestemming',
  meldrecht: 'Melden op grond van het meldrecht',
  'vitaal-belang': 'Vitaal belang',
};

/**
 * The headings and row names a readable entry uses for the reasoning on record. Not handbook text
 * itself, but the words the file puts around it; kept here so every screen and document says the same.
 */
export const dossierKop = {
  gesprek: 'Gesprek met de cliënt',
  belang: 'Belang van het delen',
  doel: 'Doel',
  wat: 'Wat er gedeeld zou worden',
  goedeArgumenten: 'Heeft de cliënt goede argumenten om niet te delen?',
  grond: 'Grond',
  vijfVoorwaarden: 'De vijf voorwaarden',
  watEnMetWie: 'Wat en met wie',
  toelichting: 'Toelichting',
  nietVooraf: 'De cliënt niet vooraf vertellen (afweging 4b)',
  reden: 'Reden',
  onderbouwing: 'Onderbouwing',
  overleg: 'Overlegd met',
  poging: 'De poging',
  aan: 'Aan',
  wijze: 'Hoe',
  wanneer: 'Wanneer',
  uitkomst: 'Uitkomst',
  toestemmingVoor: 'Toestemming voor',
  gegevens: 'Gegevens',
  ontvangers: 'Ontvangers',
  geldigTot: 'Geldig tot',
  advies: 'Advies',
  oordeel: 'Oordeel',
  handtekening: 'Handtekening',
  besluit: 'Besluit',
  naam: 'Naam',
  rol: 'Rol',
  verstrekking: 'Wat er is gedeeld',
  basis: 'Basis',
  bewustNiet: 'Bewust niet gedeeld',
  voorafGeinformeerd: 'Vooraf verteld aan de cliënt',
  wie: 'Wie',
  nietVoorafVerteld: 'Niet vooraf verteld',
  acuut: 'Acuut gedeeld, vóór het akkoord',
  informeren: 'Verteld aan',
  achterafGeinformeerd: 'Achteraf verteld aan de cliënt',
  uitstel: 'Uitstel',
  tot: 'Tot',
  signalering: 'Let op',
} as const;

/** The leidinggevende's decision inside a sentence of the file ("Besluit: …"). */
export const akkoordBesluitInZin = {
  akkoord: 'akkoord, de doorbreking is ondertekend',
  afgewezen: 'geen akkoord, er wordt niet gedeeld',
} as const;

/** A yes or no answer in the file. */
export const jaNeeLabel = { ja: 'Ja', nee: 'Nee' } as const;
