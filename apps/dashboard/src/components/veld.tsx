import type { InputHTMLAttributes, ReactNode } from 'react';

/** A labelled field; the error sits outside the label, so the field keeps its own name for screen readers. */
export function Veld({
  id,
  label,
  fout,
  children,
}: {
  id: string;
  label: string;
  fout?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      <span id={`${id}-fout`} className="text-sm text-red-700">
        {fout}
      </span>
    </div>
  );
}

/**
 * A date typed day first, in one fixed format (read with `leesDatum`): a browser date field shows
 * the browser's own format (mm/dd/yyyy in an English browser), and then no hint or message can say
 * what to type.
 */
export function DatumInvoer({
  id,
  fout,
  ...invoer
}: InputHTMLAttributes<HTMLInputElement> & { id: string; fout?: string }) {
  return (
    <>
      <span id={`${id}-uitleg`} className="block text-sm text-slate-600">
        Dag-maand-jaar, bijvoorbeeld 11-02-1958.
      </span>
      <input
        {...invoer}
        id={id}
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd-mm-jjjj"
        className="veld mt-1 max-w-48"
        aria-invalid={fout ? true : undefined}
        aria-describedby={fout ? `${id}-uitleg ${id}-fout` : `${id}-uitleg`}
      />
    </>
  );
}
