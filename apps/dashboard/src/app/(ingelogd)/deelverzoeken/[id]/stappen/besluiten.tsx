'use client';

import type { DossieraantekeningView } from '@deelwijs/contract';
import { naamMetRol } from '@deelwijs/domain';

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
            {BESLUITEN[a.soort]} · <time dateTime={a.op}>{a.leesbaar.wanneer}</time> ·{' '}
            {naamMetRol(a.leesbaar.wie)}
          </p>
          <p className="mt-1 whitespace-pre-line">
            {a.leesbaar.tekst ??
              a.leesbaar.onderdelen
                .flatMap((o) => o.regels)
                .filter((r) => r.naam !== 'Naam' && r.naam !== 'Rol' && r.naam !== 'Wanneer')
                .map((r) => r.waarde)
                .join('. ')}
          </p>
        </div>
      ))}
    </section>
  );
}
