'use client';

import { doorbrekingFaseLabel } from '@deelwijs/content';
import type { Afweging4Stand } from '@deelwijs/domain';
import { formatMoment } from '@/lib/datum';

/** Who a doorbreking waits for, in words: the reviewer it lies with, or a leidinggevende. */
export function bijWie(a4: Afweging4Stand): string {
  if (a4.fase === 'collegiale-toetsing') {
    const t = a4.toetsingsverzoek.toetser;
    return t.soort === 'pool'
      ? 'de pool van deskundige collega’s van het team'
      : `deskundige collega ${t.gebruikerId}`;
  }
  if (a4.fase === 'akkoord' || a4.fase === 'akkoord-achteraf') return 'een leidinggevende van het team';
  return `aanvrager ${a4.aanvrager.gebruikerId}`;
}

/**
 * Where the request stands for everyone who opens it: the phase, with whom, and by when. The
 * deadline is the one the API computed under the organisation's policy.
 */
export function WaarStaatHet({ a4, uiterlijk }: { a4: Afweging4Stand; uiterlijk: string | null }) {
  return (
    <p role="status" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <strong>{doorbrekingFaseLabel[a4.fase]}</strong>: wacht op {bijWie(a4)}
      {uiterlijk ? `, uiterlijk ${formatMoment(uiterlijk)}` : ''}
      {a4.spoed ? ' (spoed)' : ''}.
    </p>
  );
}
