'use client';

import type { Problem } from '@deelwijs/contract';
import { useEffect, useRef } from 'react';

/**
 * The error summary after a failed submit: focus moves here, so a screen reader reads what went
 * wrong, and each field error links to its field. `velden` maps a problem's `pad` to a field id.
 */
export function FoutOverzicht({
  problem,
  velden = {},
}: {
  problem?: Problem;
  velden?: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const fouten = problem.fouten ?? [];
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="fout-overzicht-titel"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 focus:outline-2 focus:outline-red-700"
    >
      <p id="fout-overzicht-titel" className="font-semibold">
        {problem.title}
      </p>
      {problem.detail && fouten.length === 0 && <p className="mt-1">{problem.detail}</p>}
      {fouten.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fouten.map((f) => {
            const veld = f.pad ? velden[f.pad.split('.')[0]!] : undefined;
            return (
              <li key={`${f.pad}-${f.bericht}`}>
                {veld ? (
                  <a href={`#${veld}`} className="text-red-900">
                    {f.bericht}
                  </a>
                ) : (
                  f.bericht
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The first error the API gave for a field, by the start of its `pad` (`rollen.0` is `rollen`). */
export const foutVoor = (problem: Problem | undefined, veld: string) =>
  problem?.fouten?.find((f) => f.pad === veld || f.pad?.startsWith(`${veld}.`))?.bericht;
