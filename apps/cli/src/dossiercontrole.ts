import { controleerDossier, createDb, DossierSleutel, logRijen, VerwerkingslogSleutel } from '@deelwijs/db';
import { z } from 'zod';
import type { Uitkomst } from './cli';

const Omgeving = z.object({
  DATABASE_URL: z.string({ error: 'DATABASE_URL ontbreekt: de database van Deelwijs' }).min(1),
  DEELWIJS_DOSSIER_SLEUTEL: DossierSleutel,
  DEELWIJS_VERWERKINGSLOG_SLEUTEL: VerwerkingslogSleutel,
});

/**
 * `deelwijs dossiercontrole`: recomputes every chain and prints the findings as JSON. Exit code 0
 * when every chain is whole, 2 when something was found (so a scheduler can alert), 1 on bad setup.
 */
export async function dossiercontrole(env: NodeJS.ProcessEnv): Promise<Uitkomst> {
  const omgeving = Omgeving.safeParse(env);
  if (!omgeving.success)
    return { code: 1, stdout: '', stderr: `${omgeving.error.issues.map((i) => i.message).join('\n')}\n` };
  const handle = createDb(omgeving.data.DATABASE_URL, { max: 2 });
  try {
    const begon = new Date();
    // Reading every file is a processing of every client, by this command: a row each in both logs.
    const uitslag = await controleerDossier(handle.db, omgeving.data.DEELWIJS_DOSSIER_SLEUTEL, {
      log: (clientIds) =>
        logRijen(omgeving.data.DEELWIJS_VERWERKINGSLOG_SLEUTEL, {
          activiteit: 'dossiercontrole',
          handeling: 'deelwijs dossiercontrole',
          wie: { actor: 'systeem:cli' },
          onderwerpen: clientIds.map((clientId) => ({ clientId, deelverzoekId: null })),
          begon,
        }),
    });
    const samenvatting =
      uitslag.bevindingen.length === 0
        ? `Alle ${uitslag.clienten} ketens zijn heel (${uitslag.aantekeningen} aantekeningen).\n`
        : `${uitslag.bevindingen.length} bevindingen in ${new Set(uitslag.bevindingen.map((b) => b.clientId)).size} ketens.\n`;
    return {
      code: uitslag.bevindingen.length === 0 ? 0 : 2,
      stdout: `${JSON.stringify(uitslag, null, 2)}\n`,
      stderr: samenvatting,
    };
  } finally {
    await handle.close();
  }
}
