import type { OverzichtWeek, ToezichtOverzicht } from '@deelwijs/contract';

/** The four series of the trend, in the order of the chart's bars and the table's columns. */
export const REEKSEN = [
  { sleutel: 'metToestemming', label: 'Gedeeld met toestemming' },
  { sleutel: 'zonderToestemming', label: 'Gedeeld zonder toestemming' },
  { sleutel: 'doorbrekingen', label: 'Waarvan doorbreking (4a of 4c)' },
  { sleutel: 'informerenAfgerond', label: 'Achteraf geïnformeerd' },
] as const satisfies ReadonlyArray<{ sleutel: keyof OverzichtWeek; label: string }>;

const AANTALLEN = [
  { sleutel: 'informerenAchterafTeLaat', label: 'Cliënten te laat geïnformeerd' },
  { sleutel: 'handtekeningenTeLaat', label: 'Handtekeningen over de termijn' },
  { sleutel: 'toestemmingVastgelopen', label: 'Toestemming vastgelopen' },
  { sleutel: 'openDoorbrekingen', label: 'Lopende doorbrekingen' },
] as const satisfies ReadonlyArray<{ sleutel: keyof ToezichtOverzicht['aantallen']; label: string }>;

/** "2026-W49" → "week 49", as people say it; the year only where it changes. */
export function weekLabel(week: string, vorige?: string) {
  const [jaar, nummer] = week.split('-W');
  const nieuwJaar = vorige !== undefined && vorige.slice(0, 4) !== jaar;
  return `week ${Number(nummer)}${nieuwJaar ? ` (${jaar})` : ''}`;
}

/** What is open right now, as a short list of figures. */
export function OverzichtAantallen({ aantallen }: { aantallen: ToezichtOverzicht['aantallen'] }) {
  return (
    <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
      {AANTALLEN.map((a) => (
        <div key={a.sleutel} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-slate-600">{a.label}</dt>
          <dd className="mt-1 text-2xl font-semibold">{aantallen[a.sleutel]}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The chart's figures as a real table: the same numbers for screen readers, for printing and for
 * anyone who cannot tell the bars apart. Rendered on the server.
 */
export function VerloopTabel({ perWeek }: { perWeek: readonly OverzichtWeek[] }) {
  return (
    <table className="mt-3 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="px-4 py-2 text-left font-medium">
        Verloop per week over de laatste {perWeek.length} weken, de huidige week onderaan
      </caption>
      <thead className="bg-slate-100 text-slate-700">
        <tr>
          <th scope="col" className="px-4 py-2">
            Week
          </th>
          {REEKSEN.map((r) => (
            <th key={r.sleutel} scope="col" className="px-4 py-2 text-right">
              {r.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {perWeek.map((w, i) => (
          <tr key={w.week} className="border-t border-slate-200">
            <th scope="row" className="px-4 py-2 font-normal">
              {weekLabel(w.week, perWeek[i - 1]?.week)}{' '}
              <span className="text-slate-500">(vanaf {w.vanaf.split('-').reverse().join('-')})</span>
            </th>
            {REEKSEN.map((r) => (
              <td key={r.sleutel} className="px-4 py-2 text-right tabular-nums">
                {w[r.sleutel]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One sentence for the chart's text alternative: totals over the whole period. */
export function verloopSamenvatting(perWeek: readonly OverzichtWeek[]) {
  const som = (k: (typeof REEKSEN)[number]['sleutel']) => perWeek.reduce((n, w) => n + w[k], 0);
  return `Staafdiagram over ${perWeek.length} weken. In totaal ${som('metToestemming')} keer gedeeld met toestemming, ${som('zonderToestemming')} keer zonder toestemming, waarvan ${som('doorbrekingen')} keer met een doorbreking, en ${som('informerenAfgerond')} cliënten achteraf geïnformeerd. De cijfers per week staan in de tabel hieronder.`;
}
