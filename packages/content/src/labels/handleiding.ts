import type { UitkomstSoort, Vereiste } from '../afwegingen/afweging.schema';
import type { BeroepsgeheimKlasse } from '../beroepsgeheim/beroepsgeheim';
import type { Informatieplicht, VastleggingId } from '../bijlage-1/bijlage-1.schema';

/** What the end of a path in an afwegingen graph comes to, as the flowcharts name it. */
export const uitkomstLabel: Record<UitkomstSoort, string> = {
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

/** A step an action or outcome demands first; read inside a sentence, so lower case. */
export const vereisteLabel: Record<Vereiste, string> = {
  dossieraantekening: 'noteer het in het dossier',
  'toestemming-vragen': 'vraag de cliënt om toestemming',
  'collegiale-toetsing': 'laat een deskundige collega meekijken',
  'akkoord-leidinggevende': 'vraag akkoord van je leidinggevende',
  'informeren-vooraf': 'licht de cliënt vooraf in',
  'informeren-achteraf': 'licht de cliënt achteraf in',
};

export const beroepsgeheimLabel: Record<BeroepsgeheimKlasse, string> = {
  big: 'Medisch beroepsgeheim (BIG)',
  skj: 'Beroepsgeheim jeugdzorg (SKJ)',
  algemeen: 'Algemene geheimhoudingsplicht',
  afgeleid: 'Afgeleid beroepsgeheim',
  ambtelijk: 'Ambtelijke geheimhouding',
  geen: 'Geen beroepsgeheim',
};

export const informatieplichtLabel: Record<Informatieplicht, string> = {
  verplicht: 'De cliënt moet het weten',
  streven: 'Licht de cliënt zo mogelijk in',
  'eigen-regime': 'Eigen wettelijke regels, niet de AVG',
};

export const vastleggingLabel: Record<VastleggingId, string> = {
  'toestemming-schriftelijk': 'Toestemming op papier of digitaal vastleggen',
  'delen-zonder-toestemming-motiveren': 'Delen zonder toestemming: reden en besluitvorming noteren',
  'informeren-client': 'Noteren dat en hoe de cliënt is ingelicht',
  'gedeelde-gegevens-en-ontvangers': 'Noteren wat met wie is gedeeld',
};
