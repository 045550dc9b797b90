'use client';

import type { DossieraantekeningView } from '@deelwijs/contract';
import { formatMoment } from '@/lib/datum';

/** The decisions others took on this doorbreking: the collega's advice and the signature. */
const BESLUITEN: Record<string, string> = {
  'collegiale-toetsing': 'Advies van de deskundige collega',
  'akkoord-leidinggevende': 'Besluit van de leidinggevende',
};

/**
 * Every decision's motivation where the casemanager sees it at once, also once the deelverzoek is
 * closed (a refusal closes it): read from the file, which keeps them for good.
 */
export function Besluiten({ aantekeningen }: { aantekeningen: readonly DossieraantekeningView[] }) {
  const besluiten = aantekeningen.filter((a) => a.soort in BESLUITEN);
  if (besluiten.length === 0) return null;
  return (
    <section aria-label="Besluiten" className="mt-6 max-w-3xl space-y-2">
      {besluiten.map((a) => (
        <div key={a.id} className="rounded-md border-l-4 border-merk bg-white p-3 text-sm shadow-sm">
          <p className="font-medium">
            {BESLUITEN[a.soort]} · {formatMoment(a.op)} · {a.door.gebruikerId}
          </p>
          <p className="mt-1 whitespace-pre-line">{a.tekst}</p>
        </div>
      ))}
    </section>
  );
}
