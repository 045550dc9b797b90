'use client';

import { antwoordLabel } from '@deelwijs/content';
import type { Problem } from '@deelwijs/contract';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';

/** A yes/no question from the afwegingskader, answered explicitly (no default). */
export function JaNee({
  naam,
  vraag,
  uitleg,
  waarde,
  onChange,
}: {
  naam: string;
  vraag: string;
  uitleg?: string;
  waarde?: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{vraag}</legend>
      {uitleg && <p className="text-sm text-slate-600">{uitleg}</p>}
      <div className="mt-1 flex gap-6">
        <label className="flex items-center gap-2">
          <input type="radio" name={naam} checked={waarde === true} onChange={() => onChange(true)} />{' '}
          {antwoordLabel.ja}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={naam} checked={waarde === false} onChange={() => onChange(false)} />{' '}
          {antwoordLabel.nee}
        </label>
      </div>
    </fieldset>
  );
}

export function Keuzes<T extends string>({
  legend,
  opties,
  gekozen,
  onChange,
}: {
  legend: string;
  opties: Array<{ id: T; naam: string; extra?: ReactNode }>;
  gekozen: T[];
  onChange: (v: T[]) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 grid gap-1 sm:grid-cols-2">
        {opties.map((o) => (
          <label key={o.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={gekozen.includes(o.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...gekozen, o.id] : gekozen.filter((g) => g !== o.id))
              }
            />
            <span>
              {o.naam}
              {o.extra}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Toelichting({
  waarde,
  onChange,
  label = 'Toelichting (komt in het dossier)',
}: {
  waarde: string;
  onChange: (v: string) => void;
  label?: string;
}) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <textarea rows={3} value={waarde} onChange={(e) => onChange(e.target.value)} className="veld mt-1" />
    </label>
  );
}

export function Stapkader({ titel, children }: { titel: string; children: ReactNode }) {
  return (
    <section
      aria-label={titel}
      className="mt-8 max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 className="text-lg font-semibold">{titel}</h2>
      {children}
    </section>
  );
}

/**
 * The foot of every wizard step: the API's problem, if any, and the button that records the step.
 * With `bevestiging` (what will happen, for a step that cannot be undone) the first press asks
 * first: the question takes the focus, and only "Ja, …" records.
 */
export function Vastleggen({
  label,
  problem,
  bezig,
  disabled = false,
  bevestiging,
  onClick,
}: {
  label: string;
  problem?: Problem;
  bezig: boolean;
  disabled?: boolean;
  bevestiging?: string;
  onClick: () => void;
}) {
  const [vragen, setVragen] = useState(false);
  const vraag = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    if (vragen) vraag.current?.focus();
  }, [vragen]);
  if (bevestiging && vragen)
    return (
      <div
        ref={vraag}
        tabIndex={-1}
        role="alertdialog"
        aria-label={`${label}: bevestigen`}
        aria-describedby={`${id}-wat`}
        className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
      >
        <p id={`${id}-wat`} className="text-sm font-medium">
          {bevestiging}
        </p>
        <Foutmelding problem={problem} />
        <div className="flex gap-3">
          <button type="button" className="knop" disabled={bezig} onClick={onClick}>
            {bezig ? 'Bezig met vastleggen…' : `Ja, ${label.charAt(0).toLowerCase()}${label.slice(1)}`}
          </button>
          <button type="button" className="knop-licht" disabled={bezig} onClick={() => setVragen(false)}>
            Terug
          </button>
        </div>
      </div>
    );
  return (
    <>
      <Foutmelding problem={problem} />
      <button
        type="button"
        className="knop"
        disabled={bezig || disabled}
        onClick={bevestiging ? () => setVragen(true) : onClick}
      >
        {bezig ? 'Bezig met vastleggen…' : label}
      </button>
    </>
  );
}
