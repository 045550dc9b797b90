'use client';

import { doorbrekingFaseLabel } from '@deelwijs/content';
import type { Afweging4Stand } from '@deelwijs/domain';
import { formatMoment } from '@/lib/datum';
import { useNaamVan } from './medewerkers';

/** Who a doorbreking waits for, in words: the reviewer it lies with, or a leidinggevende. */
export function bijWie(a4: Afweging4Stand, naamVan: (id: string, rol: string) => string): string {
  if (a4.fase === 'collegiale-toetsing') {
    const t = a4.toetsingsverzoek.toetser;
    return t.soort === 'pool'
      ? 'de pool van deskundige collega’s van het team'
      : naamVan(t.gebruikerId, 'deskundige collega');
  }
  if (a4.fase === 'akkoord' || a4.fase === 'akkoord-achteraf') return 'een leidinggevende van het team';
  return naamVan(a4.aanvrager.gebruikerId, 'aanvrager');
}

/**
 * Where the request stands for everyone who opens it: the phase, with whom, and by when. The
 * deadline is the one the API computed under the organisation's policy.
 */
export function WaarStaatHet({ a4, uiterlijk }: { a4: Afweging4Stand; uiterlijk: string | null }) {
  const naamVan = useNaamVan();
  return (
    <p role="status" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <strong>{doorbrekingFaseLabel[a4.fase]}</strong>: wacht op {bijWie(a4, naamVan)}
      {uiterlijk ? `, uiterlijk ${formatMoment(uiterlijk)}` : ''}
      {a4.spoed ? ' (spoed)' : ''}.
    </p>
  );
}
