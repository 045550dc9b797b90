import type { RouteId } from '@deelwijs/contract';

/**
 * How a route that shows client data names the client it is about, for the access log:
 * - `client`: the path's {id} is the client;
 * - `deelverzoek`: the path's {id} is a deelverzoek, whose client the log looks up;
 * - `clientenlijst` / `deelverzoekenlijst`: every item on the page is one client read;
 * - `werkvoorraad`: its open deelverzoeken (with their doel) are; its tasks are metadata only.
 * A route of /clienten/{id} or /deelverzoeken/{id} that is neither here nor in NIET_GELOGD fails
 * the API test, so a new read cannot slip past the log.
 */
export type Onderwerp = 'client' | 'deelverzoek' | 'clientenlijst' | 'deelverzoekenlijst' | 'werkvoorraad';

export const TOEGANG: Partial<Record<RouteId, Onderwerp>> = {
  clientenLijst: 'clientenlijst',
  clientenZoekopdracht: 'clientenlijst',
  clientVinden: 'client',
  clientDossier: 'client',
  clientToestemmingen: 'client',
  clientInzageExport: 'client',
  deelverzoekenLijst: 'deelverzoekenlijst',
  werkvoorraad: 'werkvoorraad',
  deelverzoekVinden: 'deelverzoek',
  deelverzoekAantekeningen: 'deelverzoek',
  deelverzoekWizard: 'deelverzoek',
  deelverzoekProces: 'deelverzoek',
  verantwoording: 'deelverzoek',
  verantwoordingPdf: 'deelverzoek',
  briefInformerenAchteraf: 'deelverzoek',
  briefInformerenAchterafPdf: 'deelverzoek',
};

/** Client routes that are not a read of the file, and why. */
export const NIET_GELOGD: Partial<Record<RouteId, string>> = {
  // A change through the process; the step itself is in the dossier, with who did it.
  opdrachtUitvoeren: 'schrijft een stap in het dossier',
  toestemmingIntrekken: 'schrijft de intrekking in het record',
};
