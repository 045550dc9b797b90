import type { BewaartermijnOverzicht } from '@deelwijs/contract';
import { type BewaartermijnRapportRij, bewaartermijnQueries, type DbHandle } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../infra/db.provider';
import { TEMPORAL_CLIENT, type TemporalHandle } from '../../infra/temporal.provider';

/** How many reports the privacy officer sees at once. */
const RAPPORTEN = 10;
/** The schedule is a nice-to-know: the page does not wait for a Temporal that is away. */
const PLANNING_WACHTTIJD_MS = 2_000;

const iso = (t: string) => new Date(t).toISOString();

/** A Temporal interval back in the notation the worker was given: whole days, hours, minutes or seconds. */
function alsDuur(ms: number): string {
  for (const [eenheid, grootte] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
  ] as const)
    if (ms % grootte === 0) return `${ms / grootte}${eenheid}`;
  return `${Math.round(ms / 1000)}s`;
}

const naarRapport = (r: BewaartermijnRapportRij): BewaartermijnOverzicht['rapporten'][number] => ({
  id: r.id,
  gemetenOp: iso(r.gemetenOp),
  beleidVersie: r.beleidVersie,
  verwijderen: r.verwijderen,
  regels: r.regels.map((g) => ({
    ...g,
    soort: g.soort as BewaartermijnOverzicht['rapporten'][number]['regels'][number]['soort'],
    termijn: g.termijn as { aantal: number; eenheid: 'jaren' | 'dagen' },
    grens: iso(g.grens),
    oudste: g.oudste ? iso(g.oudste) : null,
  })),
});

@Injectable()
export class BewaartermijnService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: TemporalHandle,
  ) {}

  async overzicht(): Promise<BewaartermijnOverzicht> {
    const [rijen, planning] = await Promise.all([
      bewaartermijnQueries(this.db.db).laatste(RAPPORTEN),
      this.planning(),
    ]);
    return { rapporten: rijen.map(naarRapport), planning };
  }

  /** The worker's schedule for this task queue (see apps/worker/src/bewaartermijn-schema.ts). */
  private async planning(): Promise<BewaartermijnOverzicht['planning']> {
    const id = `bewaartermijn-${this.temporal.taskQueue}`;
    let wachten: NodeJS.Timeout | undefined;
    const teLang = new Promise<null>((resolve) => {
      wachten = setTimeout(() => resolve(null), PLANNING_WACHTTIJD_MS);
    });
    try {
      const schema = await Promise.race([this.temporal.client.schedule.getHandle(id).describe(), teLang]);
      if (!schema) return null;
      const every = schema.spec.intervals?.[0]?.every;
      const [input] = (schema.action.type === 'startWorkflow' ? schema.action.args : undefined) ?? [];
      const verwijderen = (input as { verwijderen?: unknown } | undefined)?.verwijderen;
      const volgende = schema.info.nextActionTimes[0];
      return {
        interval: typeof every === 'number' ? alsDuur(every) : null,
        verwijderen: typeof verwijderen === 'boolean' ? verwijderen : null,
        volgendeRun: volgende ? volgende.toISOString() : null,
      };
    } catch {
      // Not planned (yet), or Temporal away: the reports are still worth showing.
      return null;
    } finally {
      clearTimeout(wachten);
    }
  }
}
