import { controleerDossier, type Db, gebruikerQueries, logRijen } from '@deelwijs/db';
import { workerLogger } from '../logging';
import type { MailAdapter } from '../meldingen/mail';

/** What the scheduled verification reports into its history: counts only, no ids, no content. */
export interface DossiercontroleSamenvatting {
  clienten: number;
  aantekeningen: number;
  bevindingen: number;
  nieuweControlepunten: number;
}

export function createDossierActivities(
  db: Db,
  sleutel: Buffer,
  mail: MailAdapter,
  dashboardUrl: string,
  verwerkingslogSleutel: Buffer,
) {
  return {
    /**
     * Recomputes every chain and signs checkpoints for the whole ones. Findings are logged by kind
     * and sent to the privacy officers as a request to look, never with the entries themselves.
     */
    controleerDossier: async (): Promise<DossiercontroleSamenvatting> => {
      const begon = new Date();
      // Reading every file to recompute it is a processing of every client: a row each, as the worker.
      const uitslag = await controleerDossier(db, sleutel, {
        log: (clientIds) =>
          logRijen(verwerkingslogSleutel, {
            activiteit: 'dossiercontrole',
            handeling: 'controleerDossier',
            wie: { actor: 'systeem:worker' },
            onderwerpen: clientIds.map((clientId) => ({ clientId, deelverzoekId: null })),
            begon,
          }),
      });
      const samenvatting = {
        clienten: uitslag.clienten,
        aantekeningen: uitslag.aantekeningen,
        bevindingen: uitslag.bevindingen.length,
        nieuweControlepunten: uitslag.nieuweControlepunten,
      };
      if (samenvatting.bevindingen === 0) {
        workerLogger.info({ dossiercontrole: samenvatting }, 'dossier verified: every chain whole');
        return samenvatting;
      }
      const perSoort: Record<string, number> = {};
      for (const b of uitslag.bevindingen) perSoort[b.soort] = (perSoort[b.soort] ?? 0) + 1;
      workerLogger.error(
        { dossiercontrole: { ...samenvatting, perSoort } },
        'dossier verification found tampering',
      );
      const officers = (await gebruikerQueries(db).lijst()).filter((g) =>
        g.rollen.includes('privacy-officer'),
      );
      for (const officer of officers)
        await mail.stuur({
          aan: officer.email,
          onderwerp: 'Deelwijs: de dossiercontrole vond afwijkingen',
          tekst: `De geplande controle van het dossier vond ${samenvatting.bevindingen} afwijkingen in de hashketens. Log in en start een dossiercontrole om te zien welke aantekeningen het betreft.\n\n${dashboardUrl}`,
        });
      return samenvatting;
    },
  };
}

export type DossierActivities = ReturnType<typeof createDossierActivities>;
