import { z } from 'zod';

/*
 * The ids of Bijlage 1 on their own: the rules' schemas need only these, and a workflow that imports
 * them does not build the schemas of the whole Bijlage (docs/performance.md §1).
 */

/** Domains as Bijlage 1 groups them ("Ik ben werkzaam binnen"). */
export const DomeinId = z.enum([
  'jeugd',
  'veilig-thuis',
  'gezondheidszorg',
  'wmo',
  'psychologen-pedagogen',
  'sociaal-werk',
  'onderwijs',
  'leerplicht',
  'politie',
  'sociaal-domein',
  'participatiewet',
]);
export type DomeinId = z.infer<typeof DomeinId>;

/** Roles (petten) of Bijlage 1 ("Ik werk voor / als"); each id is unique across domains. */
export const PetId = z.enum([
  'gemeente-jeugdwet',
  'jeugdzorgwerker',
  'veilig-thuis',
  'hulpverlener-melder-veilig-thuis',
  'zorgverlener',
  'gemeente-gezondheidszorg',
  'big-zorgverlener',
  'gemeente-wmo',
  'aanbieder-wmo',
  'psycholoog-pedagoog-jeugdzorg',
  'psycholoog-pedagoog-gezondheidszorg',
  'psycholoog-pedagoog-eigen-praktijk',
  'sociaal-werker',
  'leerkracht',
  'passend-onderwijs',
  'leerplichtambtenaar',
  'politiefunctionaris',
  'ambtenaar-sociaal-domein',
  'uitvoerder-participatiewet',
]);
export type PetId = z.infer<typeof PetId>;

/** Categories of data Bijlage 1 names as shareable or not. */
export const GegevenscategorieId = z.enum([
  'naw',
  'bsn',
  'ondersteuningsbehoefte',
  'verwachtingen',
  'inzet-andere-wet',
  'declaratiegegevens',
  'diagnostische-gegevens',
  'plan-van-aanpak',
  'clientdossier',
  'vitaal-noodzakelijke-gegevens',
  'relevante-hulpinformatie',
  'alle-relevante-informatie',
  'leerlingdossier',
  'onderwijskundig-rapport',
  'gegevens-terugkeer-school',
  'politiegegevens-voor-taak',
  'gegevens-voor-vervanging',
  'gevraagd-door-voogd-of-raad',
  'niet-herleidbare-gegevens',
]);
export type GegevenscategorieId = z.infer<typeof GegevenscategorieId>;

export const OntvangerId = z.enum([
  'gemeente',
  'betrokken-hulpverleners',
  'collega-zelfde-discipline',
  'veilig-thuis',
  'voogd',
  'raad-voor-de-kinderbescherming',
  'nieuwe-school',
  'extern-overleg',
  'scholen-en-samenwerkingsverband',
  'halt',
  'gecertificeerde-instelling',
  'casusoverleg',
  'vervangende-collega',
  'onderzoeker',
  'ouders-met-gezag',
  'collega-zelfde-aandachtsveld',
]);
export type OntvangerId = z.infer<typeof OntvangerId>;

/** What the file must show for this pet. */
export const VastleggingId = z.enum([
  'toestemming-schriftelijk',
  'delen-zonder-toestemming-motiveren',
  'informeren-client',
  'gedeelde-gegevens-en-ontvangers',
]);
export type VastleggingId = z.infer<typeof VastleggingId>;

/**
 * Whether the client must be told about the processing: `verplicht` (always, beforehand unless
 * afweging 4b applies), `streven` (aim to, the law does not force it), `eigen-regime` (not the AVG).
 */
export const Informatieplicht = z.enum(['verplicht', 'streven', 'eigen-regime']);
export type Informatieplicht = z.infer<typeof Informatieplicht>;
