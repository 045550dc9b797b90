import type { RouteId } from '@deelwijs/contract';

/**
 * How a route that shows or changes client data names the client it is about, for the access log
 * and the verwerkingslog:
 * - `client`: the path's {id} is the client;
 * - `deelverzoek`: the path's {id} is a deelverzoek, whose client the log looks up;
 * - `clientenlijst` / `deelverzoekenlijst`: every item on the page is one client read;
 * - `werkvoorraad`: its open deelverzoeken (with their doel) are; its tasks are metadata only;
 * - `nieuweClient`: the answer is the client just registered;
 * - `nieuwDeelverzoek`: the body names the client, the answer the deelverzoek;
 * - `toestemming`: the answer is a consent record, which names its client;
 * - `overdrachten`: each deelverzoek the answer says was moved is one client changed;
 * - `teamwerk`: each open deelverzoek of the leidinggevende's overview is one client read.
 * A route of /clienten/{id} or /deelverzoeken/{id} that is neither here nor in NIET_GELOGD fails
 * the API test, so a new read cannot slip past the log.
 */
export type Onderwerp =
  | 'client'
  | 'deelverzoek'
  | 'clientenlijst'
  | 'deelverzoekenlijst'
  | 'werkvoorraad'
  | 'nieuweClient'
  | 'nieuwDeelverzoek'
  | 'toestemming'
  | 'overdrachten'
  | 'teamwerk';

export const TOEGANG: Partial<Record<RouteId, Onderwerp>> = {
  clientenLijst: 'clientenlijst',
  clientenZoekopdracht: 'clientenlijst',
  clientVinden: 'client',
  clientDossier: 'client',
  clientToestemmingen: 'client',
  clientInzageExport: 'client',
  clientInzageExportPdf: 'client',
  // The privacy officer: the drill-down is metadata about one client, opening the file is a read.
  toezichtDeelverzoek: 'deelverzoek',
  toezichtInzien: 'client',
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
  // Writes are processing too (the worker logs the dossier entries they lead to as itself).
  clientRegistreren: 'nieuweClient',
  clientCorrigeren: 'client',
  deelverzoekStarten: 'nieuwDeelverzoek',
  opdrachtUitvoeren: 'deelverzoek',
  toestemmingIntrekken: 'toestemming',
  deelverzoekOverdragen: 'deelverzoek',
  werkOverdragen: 'overdrachten',
  teamWerk: 'teamwerk',
};

/** Routes whose body carries the reason the person gave for opening the file (`reden`). */
export const MET_REDEN: ReadonlySet<RouteId> = new Set<RouteId>(['toezichtInzien']);

/** Client routes that are not logged, and why: none today, every read and write of client data is. */
export const NIET_GELOGD: Partial<Record<RouteId, string>> = {};
