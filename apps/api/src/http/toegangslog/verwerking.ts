import type { VerwerkingsactiviteitSleutel } from '@deelwijs/content';
import type { RouteId } from '@deelwijs/contract';

/**
 * Which processing activity of the register (packages/content, verwerkingen) a logged route is. The
 * API test checks that every route in TOEGANG has one here.
 */
export const VERWERKING: Partial<Record<RouteId, VerwerkingsactiviteitSleutel>> = {
  clientenLijst: 'dossier-inzien',
  clientenZoekopdracht: 'dossier-inzien',
  clientVinden: 'dossier-inzien',
  clientDossier: 'dossier-inzien',
  clientToestemmingen: 'dossier-inzien',
  clientInzageExport: 'inzageverzoek-beantwoorden',
  clientInzageExportPdf: 'inzageverzoek-beantwoorden',
  toezichtDeelverzoek: 'dossier-inzien',
  toezichtInzien: 'dossier-inzien',
  deelverzoekenLijst: 'dossier-inzien',
  werkvoorraad: 'dossier-inzien',
  deelverzoekVinden: 'dossier-inzien',
  deelverzoekAantekeningen: 'dossier-inzien',
  deelverzoekWizard: 'dossier-inzien',
  deelverzoekProces: 'dossier-inzien',
  verantwoording: 'dossier-inzien',
  verantwoordingPdf: 'dossier-inzien',
  briefInformerenAchteraf: 'informeren-achteraf',
  briefInformerenAchterafPdf: 'informeren-achteraf',
  clientRegistreren: 'client-registreren',
  // "Cliënt vastleggen of verbeteren": the register's activity covers putting data right.
  clientCorrigeren: 'client-registreren',
  deelverzoekStarten: 'deelverzoek-afwegen',
  opdrachtUitvoeren: 'deelverzoek-afwegen',
  toestemmingIntrekken: 'toestemming-intrekken',
  // Moving a deelverzoek to another casemanager is a step on file; the overview is a read.
  deelverzoekOverdragen: 'deelverzoek-afwegen',
  werkOverdragen: 'deelverzoek-afwegen',
  teamWerk: 'dossier-inzien',
};
