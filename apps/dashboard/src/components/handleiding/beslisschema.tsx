import { type AfwegingNode, uitkomstLabel, vereisteLabel } from '@deelwijs/content';
import type { AfwegingView } from '@deelwijs/contract';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { begripHref } from '@/lib/handleiding';

const knoopAnker = (id: string) => `stap-${id.replace(/\./g, '-')}`;

const DELEN = new Set([
  'delen-met-toestemming',
  'delen-zonder-toestemming',
  'delen-zonder-vooraf-informeren',
  'delen-op-wettelijke-plicht',
  'melden-op-meldrecht',
  'doorbreking-beroepsgeheim',
]);

function uitkomstKleur(uitkomst: string): string {
  if (uitkomst === 'niet-delen') return 'border-red-300 bg-red-50';
  if (DELEN.has(uitkomst)) return 'border-emerald-300 bg-emerald-50';
  return 'border-amber-300 bg-amber-50';
}

/**
 * An afweging's decision graph as a vertical flow: each question branches into an indented "ja"
 * and "nee" path; an action continues straight down. A step reached by more than one path is
 * drawn once and referred to by its number elsewhere, so the chart stays a readable tree.
 */
export function Beslisschema({
  afweging,
  termen,
}: {
  afweging: AfwegingView;
  termen: Record<string, string>;
}) {
  const nodes = new Map(afweging.nodes.map((n) => [n.id, n]));
  const uit = new Map<string, AfwegingView['edges']>();
  for (const e of afweging.edges) uit.set(e.van, [...(uit.get(e.van) ?? []), e]);
  const volgorde = (id: string) =>
    [...(uit.get(id) ?? [])].sort((a, b) => (a.antwoord === 'ja' ? -1 : b.antwoord === 'ja' ? 1 : 0));

  // Number the steps in reading order (ja before nee), depth first from the start.
  const nummer = new Map<string, number>();
  const nummeren = (id: string) => {
    if (nummer.has(id)) return;
    nummer.set(id, nummer.size + 1);
    for (const e of volgorde(id)) nummeren(e.naar);
  };
  nummeren(afweging.start);

  const getekend = new Set<string>();

  const teken = (id: string): ReactNode => {
    const knoop = nodes.get(id);
    if (!knoop) return null;
    if (getekend.has(id)) {
      return (
        <p className="rounded-md border border-dashed border-slate-300 bg-white px-3 py-2 text-sm">
          Verder bij <a href={`#${knoopAnker(id)}`}>stap {nummer.get(id)}</a>
        </p>
      );
    }
    getekend.add(id);
    const takken = volgorde(id);
    return (
      <>
        <Knoop knoop={knoop} nummer={nummer.get(id) ?? 0} termen={termen} />
        {knoop.soort === 'vraag' && (
          <ul className="mt-2 space-y-3">
            {takken.map((e) => (
              <li key={e.antwoord} className="ml-4 border-l-2 border-slate-300 pl-4">
                <p className="mb-2 text-sm font-semibold">
                  <span
                    className={`mr-1 inline-block rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${
                      e.antwoord === 'ja'
                        ? 'bg-emerald-50 text-emerald-900 ring-emerald-300'
                        : 'bg-red-50 text-red-900 ring-red-300'
                    }`}
                  >
                    {e.antwoord === 'ja' ? 'Ja' : 'Nee'}
                  </span>
                  <span className="sr-only">, antwoord op stap {nummer.get(id)}:</span>
                </p>
                {teken(e.naar)}
              </li>
            ))}
          </ul>
        )}
        {knoop.soort === 'actie' &&
          takken.map((e) => (
            <div key={e.naar}>
              <p aria-hidden="true" className="py-1 pl-6 text-slate-400">
                ↓
              </p>
              {teken(e.naar)}
            </div>
          ))}
      </>
    );
  };

  return (
    <div className="space-y-2" data-testid="beslisschema">
      {teken(afweging.start)}
    </div>
  );
}

function Knoop({
  knoop,
  nummer,
  termen,
}: {
  knoop: AfwegingNode;
  nummer: number;
  termen: Record<string, string>;
}) {
  const soortTekst =
    knoop.soort === 'vraag' ? 'Vraag' : knoop.soort === 'actie' ? 'Doen' : uitkomstLabel[knoop.uitkomst];
  const kleur =
    knoop.soort === 'vraag'
      ? 'border-merk/40 bg-merk-licht'
      : knoop.soort === 'actie'
        ? 'border-slate-300 bg-white'
        : uitkomstKleur(knoop.uitkomst);
  return (
    <div
      id={knoopAnker(knoop.id)}
      data-soort={knoop.soort}
      className={`max-w-2xl scroll-mt-20 rounded-lg border-2 p-3 shadow-sm target:ring-4 target:ring-amber-300 ${kleur}`}
    >
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
        Stap {nummer} · {soortTekst}
      </p>
      <p className="mt-1 font-medium">{knoop.tekst}</p>
      {knoop.soort === 'vraag' && knoop.toelichting && (
        <p className="mt-1 text-sm text-slate-700">{knoop.toelichting}</p>
      )}
      {knoop.soort === 'vraag' && knoop.begrippen.length > 0 && (
        <p className="mt-1 text-sm">
          {knoop.begrippen.map((b, i) => (
            <span key={b}>
              {i > 0 && ', '}
              <Link href={begripHref(b)}>{termen[b] ?? b}</Link>
            </span>
          ))}
        </p>
      )}
      {knoop.soort !== 'vraag' && knoop.vereisten.length > 0 && (
        <p className="mt-1 text-sm text-slate-700">
          Eerst of daarbij: {knoop.vereisten.map((v) => vereisteLabel[v] ?? v).join('; ')}.
        </p>
      )}
      {knoop.soort === 'uitkomst' && knoop.vervolg.length > 0 && (
        <ul className="mt-1 text-sm">
          {knoop.vervolg.map((v) => (
            <li key={v.afweging}>
              <Link href={`/handleiding/afwegingen/${v.afweging}`}>Naar afweging {v.afweging}</Link>
              {v.wanneer !== 'altijd' && <span className="text-slate-700"> — {v.wanneer}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
