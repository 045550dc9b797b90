import type { DeelverzoekStatus, Ontvanger } from '@deelwijs/domain';

/** The API's response shapes as the dashboard reads them (see /api/v1/openapi.json). */
export interface DeelverzoekView {
  id: string;
  client: { id: string; pseudoniem: string };
  doel: string;
  ontvangers: Ontvanger[];
  status: DeelverzoekStatus;
  statusLabel: string;
  afgesloten: boolean;
  aangemaaktDoor: { gebruikerId: string };
  aangemaaktOp: string;
  bijgewerktOp: string;
  contentVersie: string;
  beleidVersie: string;
  volgnummer: number;
  volgendeActie: string | null;
  volgendeActieOp: string | null;
}

export interface Pagina<T> {
  items: T[];
  pagina: number;
  perPagina: number;
  totaal: number;
}

export interface ClientView {
  id: string;
  pseudoniem: string;
  naam: string;
  geboortedatum: string;
  team: string;
}

export interface DossieraantekeningView {
  id: string;
  soort: string;
  tekst: string;
  door: { gebruikerId: string };
  op: string;
  contentVersie: string;
  beleidVersie: string;
}

export interface ClientDetail extends ClientView {
  wilsonbekwaam: boolean;
  vertegenwoordigers: Array<{ id: string; naam: string; rol: string; rolLabel: string }>;
  toestemming:
    | {
        ok: true;
        waarde: {
          regel: string;
          leeftijd: number;
          vereist: 'allen' | 'een-van';
          toestemmers: Array<{ soort: 'client' } | { soort: 'vertegenwoordiger'; id: string; rol: string }>;
          informeren: Array<{ soort: 'client' } | { soort: 'vertegenwoordiger'; id: string; rol: string }>;
          uitleg: string;
          bron: string;
        };
      }
    | { ok: false; overtredingen: Array<{ code: string; bericht: string; bron: string }> };
}

export interface ClientDossierregel extends DossieraantekeningView {
  deelverzoekId: string;
}
