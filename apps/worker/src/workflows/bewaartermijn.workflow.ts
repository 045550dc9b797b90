import { BEWAARSOORTEN, Bewaarbeleid } from '@deelwijs/content/bewaartermijnen/bewaarbeleid';
import { standaardBewaarbeleid } from '@deelwijs/content/bewaartermijnen/standaard-bewaarbeleid';
import { bewaargrenzen } from '@deelwijs/domain/termijnen/bewaargrens';
import { BewaartermijnInvoer } from '@deelwijs/temporal/contract/invoer';
import { proxyActivities } from '@temporalio/workflow';
import type { BewaartermijnActivities } from '../activities/bewaartermijn.activities';
import { leesInvoer } from './invoer';

const { meetVerlopen, verwijderVerlopen, legBewaartermijnrapportVast } =
  proxyActivities<BewaartermijnActivities>({
    // A first run on a large dossier removes many chains, one function call each.
    startToCloseTimeout: '30 minutes',
    retry: { initialInterval: '10 seconds', maximumInterval: '5 minutes', maximumAttempts: 5 },
  });

/** What a run leaves in its history and returns: per kind the counts, never an id or a name. */
export interface BewaartermijnSamenvatting {
  beleidVersie: string;
  verwijderen: boolean;
  verlopen: number;
  verwijderd: number;
  geweigerd: number;
}

/**
 * Started by a Temporal Schedule: counts per kind of record what is past its period in the policy,
 * removes it when the schedule says so (BEWAARTERMIJN_VERWIJDEREN=1), and writes one report row.
 * The limits come from the workflow's own clock, so a replay computes the same ones.
 */
export async function bewaartermijnWorkflow(input: unknown): Promise<BewaartermijnSamenvatting> {
  const invoer = leesInvoer(BewaartermijnInvoer, input);
  const beleid = leesInvoer(Bewaarbeleid, invoer.bewaarbeleid ?? standaardBewaarbeleid);
  const gemetenOp = new Date().toISOString();
  const grenzen = bewaargrenzen(beleid, gemetenOp);
  const gemeten = await meetVerlopen(grenzen);
  const verwijderd = invoer.verwijderen ? await verwijderVerlopen(grenzen) : undefined;
  // The kinds the measurement answered for: a history recorded before a kind was added replays
  // with the report it wrote then.
  const regels = BEWAARSOORTEN.filter((soort) => soort in gemeten).map((soort) => ({
    soort,
    termijn: beleid.termijnen[soort].termijn,
    grens: grenzen[soort],
    verlopen: gemeten[soort].verlopen,
    oudste: gemeten[soort].oudste,
    verwijderd: verwijderd?.[soort].verwijderd ?? 0,
    geweigerd: verwijderd?.[soort].geweigerd ?? 0,
  }));
  await legBewaartermijnrapportVast({
    gemetenOp,
    beleidVersie: beleid.versie,
    verwijderen: invoer.verwijderen,
    regels,
  });
  const som = (veld: 'verlopen' | 'verwijderd' | 'geweigerd') => regels.reduce((n, r) => n + r[veld], 0);
  return {
    beleidVersie: beleid.versie,
    verwijderen: invoer.verwijderen,
    verlopen: som('verlopen'),
    verwijderd: som('verwijderd'),
    geweigerd: som('geweigerd'),
  };
}
