'use client';

import { antwoordLabel } from '@deelwijs/content';
import type { Problem } from '@deelwijs/contract';
import type { ReactNode } from 'react';
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

/** The foot of every wizard step: the API's problem, if any, and the button that records the step. */
export function Vastleggen({
  label,
  problem,
  bezig,
  disabled = false,
  onClick,
}: {
  label: string;
  problem?: Problem;
  bezig: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <>
      <Foutmelding problem={problem} />
      <button type="button" className="knop" disabled={bezig || disabled} onClick={onClick}>
        {bezig ? 'Bezig met vastleggen…' : label}
      </button>
    </>
  );
}
