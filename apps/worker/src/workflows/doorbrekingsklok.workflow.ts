import type { DoorbrekingWacht } from '@deelwijs/domain/doorbreking/doorbreking.schema';
import { wachtStand } from '@deelwijs/domain/proces/termijnen';
import { doorbrekingWachtSignal } from '@deelwijs/temporal/contract/deelverzoek';
import {
  type DoorbrekingsklokInput,
  DoorbrekingsklokInvoer,
} from '@deelwijs/temporal/contract/doorbrekingsklok-invoer';
import { condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { RolHerinnering } from '../activities/deelverzoek.activities';
import { herinner, herinnerRol } from './herinneren';
import { leesInvoer } from './invoer';

const nu = () => new Date().toISOString();

type Moment = 'herinnering' | 'escalatie' | 'te-laat';
type Ontvangers = { gebruikerId: string } | Pick<RolHerinnering, 'rol' | 'organisatiebreed' | 'behalve'>;
type Bericht = { soort: RolHerinnering['soort']; aan: Ontvangers };

/** Who hears what at each moment of a wait (PRODUCT.md and the handbook, chapter 4). */
function berichten(wacht: DoorbrekingWacht, moment: Moment, aanvrager: string): Bericht[] {
  const leiding = { rol: 'leidinggevende' } as const;
  if (wacht.op === 'toetser') {
    if (moment === 'escalatie') return [{ soort: 'toetsing-escalatie', aan: leiding }];
    return wacht.toetser.soort === 'collega'
      ? [{ soort: 'toetsing-herinnering', aan: { gebruikerId: wacht.toetser.gebruikerId } }]
      : [
          {
            soort: 'toetsing-pool-herinnering',
            aan: { rol: 'deskundige-collega', behalve: [aanvrager] },
          },
        ];
  }
  if (!wacht.achteraf) return [{ soort: 'akkoord-te-laat', aan: leiding }];
  // Shared already in acute danger: a late signature is the privacy officer's business too.
  return [
    { soort: 'akkoord-achteraf-te-laat', aan: leiding },
    { soort: 'akkoord-achteraf-escalatie', aan: { rol: 'privacy-officer', organisatiebreed: true } },
  ];
}

/**
 * The doorbreking clock: while a doorbreking waits on someone it reminds the reviewer (or the team's
 * pool), escalates a silent review to the leidinggevende, and says when a signature is overdue (to
 * the privacy officers too after an acute verstrekking). The parent signals every change of whom it
 * waits on; a new review request restarts the review clock, a new collega for the same request does
 * not. It never decides anything, and ends when the parent says the doorbreking waits on nobody.
 */
export async function doorbrekingsklokWorkflow(gestartMet: DoorbrekingsklokInput): Promise<'klaar'> {
  const input = leesInvoer(DoorbrekingsklokInvoer, gestartMet);
  let wacht: DoorbrekingWacht | null = input.wacht;
  let seinen = 0;
  setHandler(doorbrekingWachtSignal, (nieuw) => {
    wacht = nieuw;
    seinen += 1;
  });
  const basis = workflowInfo().workflowId;
  // `<moment>@<start of the wait>`: each moment of a wait goes out once, also when only the
  // recipient changed (a collega took it from the pool after the pool was reminded).
  const gehad = new Set<string>();

  for (;;) {
    const huidige: DoorbrekingWacht | null = wacht;
    if (!huidige) return 'klaar';
    const stand = wachtStand(input.beleid, huidige, nu());
    const vanaf = huidige.op === 'toetser' ? huidige.gevraagdOp : huidige.vanaf;
    const nuAan = (
      [
        ['herinnering', stand.herinneren],
        ['escalatie', stand.escaleren],
        ['te-laat', stand.teLaat],
      ] as const
    ).filter(([, aan]) => aan);
    for (const [moment] of nuAan) {
      const sleutel = `${moment}@${vanaf}`;
      if (gehad.has(sleutel)) continue;
      gehad.add(sleutel);
      for (const b of berichten(huidige, moment, input.aanvrager)) {
        const id = `${basis}:${b.soort}:${vanaf}`;
        const gemeen = { deelverzoekId: input.deelverzoekId, soort: b.soort, op: nu() };
        if ('gebruikerId' in b.aan)
          await herinner({ ...gemeen, id: `${id}:${b.aan.gebruikerId}`, gebruikerId: b.aan.gebruikerId });
        else await herinnerRol({ ...gemeen, ...b.aan, id });
      }
    }
    const gezien = seinen;
    const gewekt = () => seinen !== gezien;
    const wachtMs = stand.volgendeControle
      ? Math.max(0, Date.parse(stand.volgendeControle) - Date.now())
      : undefined;
    // Wake on the parent's word, or when the next moment of this wait comes.
    await (wachtMs === undefined ? condition(gewekt) : condition(gewekt, wachtMs));
  }
}
