'use client';

import type { Problem } from '@deelwijs/contract';
import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * The error summary at the top of a form after a failed submit: focus moves here, so a screen reader
 * reads what went wrong, and each field error links to its field. Every message shows once: a field's
 * message here and beside its field, the rules with their source, the explanation only when no field
 * says more. `velden` maps the first part of a problem's `pad` to a field id; `veldId` maps the
 * whole `pad` (a field's id when such a field is on the page).
 */
export function FoutOverzicht({
  problem,
  velden = {},
  veldId,
}: {
  problem?: Problem;
  velden?: Record<string, string>;
  veldId?: (pad: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titel = useId();
  // Only a field that is on the page gets a link: the summary never points at nothing.
  const [opPagina, setOpPagina] = useState<Set<string>>(new Set());
  const doel = (pad?: string) => {
    if (!pad) return undefined;
    const id = velden[pad.split('.')[0]!] ?? veldId?.(pad);
    return id && opPagina.has(id) ? id : undefined;
  };
  // Once per problem (a new submit gives a new one); the maps are read as they are then. Before
  // paint, so the summary is never seen (or read) without its links.
  // biome-ignore lint/correctness/useExhaustiveDependencies: velden and veldId are new objects each render
  useLayoutEffect(() => {
    if (!problem) return;
    const ids = (problem.fouten ?? []).flatMap((f) =>
      f.pad ? [velden[f.pad.split('.')[0]!], veldId?.(f.pad)].filter((id): id is string => Boolean(id)) : [],
    );
    setOpPagina(new Set(ids.filter((id) => document.getElementById(id))));
    ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const gezien = new Set<string>();
  const fouten = (problem.fouten ?? []).filter((f) => !gezien.has(f.bericht) && gezien.add(f.bericht));
  const overtredingen = (problem.overtredingen ?? []).filter(
    (o) => !gezien.has(o.bericht) && gezien.add(o.bericht),
  );
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titel}
      data-testid="fout-overzicht"
      className="rounded-md border-2 border-red-700 bg-red-50 p-3 text-sm text-red-900 focus-visible:outline-red-800"
    >
      <p id={titel} className="font-semibold">
        {problem.title}
      </p>
      {problem.detail && fouten.length === 0 && !gezien.has(problem.detail) && (
        <p className="mt-1">{problem.detail}</p>
      )}
      {fouten.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {fouten.map((f) => {
            const veld = doel(f.pad);
            return (
              <li key={`${f.pad}-${f.bericht}`}>
                {veld ? (
                  <a
                    href={`#${veld}`}
                    className="text-red-900"
                    // The field itself takes the focus (not only the scroll), so typing can start.
                    onClick={(e) => {
                      const el = document.getElementById(veld);
                      if (!el) return;
                      e.preventDefault();
                      el.focus();
                      el.scrollIntoView({ block: 'center' });
                    }}
                  >
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
      {overtredingen.map((o) => (
        <p key={o.code} className="mt-2">
          {o.bericht} <span className="text-red-800">(bron: {o.bron})</span>
        </p>
      ))}
    </div>
  );
}

/** The first error the API gave for a field, by the start of its `pad` (`rollen.0` is `rollen`). */
export const foutVoor = (problem: Problem | undefined, veld: string) =>
  problem?.fouten?.find((f) => f.pad === veld || f.pad?.startsWith(`${veld}.`))?.bericht;

/** Errors found before sending (the same zod schema as the API), as the summary shows them. */
export const alsProbleem = (fouten: Record<string, string | undefined>): Problem | undefined => {
  const lijst = Object.entries(fouten).flatMap(([pad, bericht]) => (bericht ? [{ pad, bericht }] : []));
  return lijst.length === 0
    ? undefined
    : {
        type: 'about:blank',
        title: 'Controleer het formulier',
        status: 400,
        detail: 'Nog niet alles is goed ingevuld.',
        fouten: lijst,
      };
};
