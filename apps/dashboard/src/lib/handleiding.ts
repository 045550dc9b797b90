import { type BegripId, begripAnker, type WetsArtikel } from '@deelwijs/content';

/**
 * Dutch labels for the ids in the handbook data, and where its sections live in the dashboard. The
 * data itself comes over HTTP, typed by @deelwijs/contract.
 */

export const begripHref = (id: BegripId) => `/handleiding/begrippen#${begripAnker(id)}`;

export const wetsartikelTekst = (a: WetsArtikel) =>
  `${a.wet} art. ${a.artikel}${a.onderwerp ? ` (${a.onderwerp})` : ''}`;

export const uitkomstLabel: Record<string, string> = {
  'verwijs-door': 'Doorverwijzen',
  'niet-delen': 'Niet delen',
  'deelverzoek-aanpassen': 'Verzoek bijstellen',
  'ga-naar-afweging': 'Door naar de volgende afweging',
  'vraag-toestemming': 'Toestemming vragen',
  'delen-met-toestemming': 'Delen met toestemming',
  'delen-zonder-toestemming': 'Delen zonder toestemming',
  'delen-zonder-vooraf-informeren': 'Delen, cliënt pas achteraf inlichten',
  'delen-op-wettelijke-plicht': 'Delen omdat de wet het verplicht',
  'melden-op-meldrecht': 'Melden op grond van meldrecht',
  'doorbreking-beroepsgeheim': 'Beroepsgeheim doorbreken',
};

export const vereisteLabel: Record<string, string> = {
  dossieraantekening: 'noteer het in het dossier',
  'toestemming-vragen': 'vraag de cliënt om toestemming',
  'collegiale-toetsing': 'laat een deskundige collega meekijken',
  'akkoord-leidinggevende': 'vraag akkoord van je leidinggevende',
  'informeren-vooraf': 'licht de cliënt vooraf in',
  'informeren-achteraf': 'licht de cliënt achteraf in',
};

export const beroepsgeheimLabel: Record<string, string> = {
  big: 'Medisch beroepsgeheim (BIG)',
  skj: 'Beroepsgeheim jeugdzorg (SKJ)',
  algemeen: 'Algemene geheimhoudingsplicht',
  afgeleid: 'Afgeleid beroepsgeheim',
  ambtelijk: 'Ambtelijke geheimhouding',
  geen: 'Geen beroepsgeheim',
};

export const informatieplichtLabel: Record<string, string> = {
  verplicht: 'De cliënt moet het weten',
  streven: 'Licht de cliënt zo mogelijk in',
  'eigen-regime': 'Eigen wettelijke regels, niet de AVG',
};

export const vastleggingLabel: Record<string, string> = {
  'toestemming-schriftelijk': 'Toestemming op papier of digitaal vastleggen',
  'delen-zonder-toestemming-motiveren': 'Delen zonder toestemming: reden en besluitvorming noteren',
  'informeren-client': 'Noteren dat en hoe de cliënt is ingelicht',
  'gedeelde-gegevens-en-ontvangers': 'Noteren wat met wie is gedeeld',
};

/** Where each section of the handbook lives in the dashboard. */
export const onderdeelPad: Record<string, string> = {
  afwegingen: '/handleiding/afwegingen',
  grondslagen: '/handleiding/grondslagen',
  'bijlage-1': '/handleiding/wat-mag-ik-delen',
  beroepsgeheim: '/handleiding/beroepsgeheim',
  vertegenwoordiging: '/handleiding/vertegenwoordiging',
  vuistregels: '/handleiding/vuistregels',
  begrippen: '/handleiding/begrippen',
};
