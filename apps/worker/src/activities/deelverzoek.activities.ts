import {
  type Db,
  deelverzoekQueries,
  gebruikerQueries,
  notificatieQueries,
  volgendeActieQueries,
} from '@deelwijs/db';
import type { Deelverzoek, Dossieraantekening, VolgendeActieOp } from '@deelwijs/domain';
import { type HerinneringSoort, herinneringTekst } from '../meldingen/herinneringen';
import type { MailAdapter } from '../meldingen/mail';

export interface StapVastleggen {
  deelverzoek: Deelverzoek;
  aantekeningen: Dossieraantekening[];
  volgnummer: number;
  op: string;
  /** What the process waits for next and when it is due (werkvoorraad); nulls clear it. */
  volgende: VolgendeActieOp;
}

export interface Herinnering {
  /** Chosen by the workflow, so a retry never notifies twice. */
  id: string;
  gebruikerId: string;
  deelverzoekId: string;
  soort: HerinneringSoort;
  op: string;
}

/** Activities are plain functions closed over their dependencies; the worker's main wires them. */
export function createDeelverzoekActivities(db: Db, mail: MailAdapter, dashboardUrl: string) {
  const queries = deelverzoekQueries(db);
  return {
    /** Idempotent: a retry after a crash finds its rows already there and writes nothing twice. */
    async legStapVast(stap: StapVastleggen): Promise<void> {
      await queries.legStapVast(stap.deelverzoek, stap.aantekeningen, stap.volgnummer, stap.op);
      await volgendeActieQueries(db).zet(stap.deelverzoek.id, stap.volgende.actie, stap.volgende.op);
    },

    /** An in-app notification, and an e-mail with only a link when it is new. */
    async herinner(h: Herinnering): Promise<void> {
      const tekst = herinneringTekst[h.soort];
      const nieuw = await notificatieQueries(db).voegToe({
        id: h.id,
        gebruikerId: h.gebruikerId,
        deelverzoekId: h.deelverzoekId,
        soort: h.soort,
        tekst,
        aangemaaktOp: h.op,
      });
      const gebruiker = nieuw ? await gebruikerQueries(db).vind(h.gebruikerId) : undefined;
      if (gebruiker) {
        await mail.stuur({
          aan: gebruiker.email,
          onderwerp: 'Deelwijs: actie nodig bij een deelverzoek',
          tekst: `${tekst}\n\n${dashboardUrl}/deelverzoeken/${h.deelverzoekId}`,
        });
      }
    },
  };
}

export type DeelverzoekActivities = ReturnType<typeof createDeelverzoekActivities>;
