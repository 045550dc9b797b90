'use client';

import { antwoordLabel } from '@deelwijs/content';
import type { Problem } from '@deelwijs/contract';
import { createContext, type ReactNode, useContext, useEffect, useId, useRef, useState } from 'react';
import { FoutOverzicht, foutVoor } from '@/components/fout-overzicht';

/**
 * The problem of the form a field belongs to, and how its fields are named: a field with a `pad`
 * (where the opdracht carries its value, e.g. `antwoord.toelichting`) gets its message, aria-invalid
 * and an id the error summary links to. A form of its own (a section with its own button) gives
 * its own.
 */
type Formulierfouten = { problem?: Problem; prefix: string };
const FormulierContext = createContext<Formulierfouten | null>(null);

/** The opdracht is sent as `{ volgnummer, opdracht }`: the API's `pad` starts with `opdracht.`. */
const veldIdVan = (prefix: string, pad: string) =>
  `${prefix}${pad.replace(/^opdracht\./, '').replace(/[^\w-]/g, '-')}`;

export function Formulier({ problem, children }: { problem?: Problem; children: ReactNode }) {
  const prefix = `veld${useId().replace(/[^\w-]/g, '')}-`;
  return <FormulierContext.Provider value={{ problem, prefix }}>{children}</FormulierContext.Provider>;
}

/** The id, message and aria attributes of one field of the form it sits in. */
export function useVeld(pad?: string) {
  const formulier = useContext(FormulierContext);
  const eigen = useId();
  const id = pad && formulier ? veldIdVan(formulier.prefix, pad) : `veld${eigen.replace(/[^\w-]/g, '')}`;
  const fout = pad && formulier ? foutVoor(formulier.problem, `opdracht.${pad}`) : undefined;
  return {
    id,
    fout,
    aria: { 'aria-invalid': fout ? true : undefined, 'aria-describedby': fout ? `${id}-fout` : undefined },
  };
}

/** A field's message, beside it; the summary at the top lists the same message as a link here. */
export function VeldFout({ id, fout }: { id: string; fout?: string }) {
  return fout ? (
    <span id={`${id}-fout`} className="mt-1 block text-sm font-medium text-red-800">
      {fout}
    </span>
  ) : null;
}

/** The summary of the form's errors, at its top; only a form with fields passes `fouten`. */
function Samenvatting() {
  const formulier = useContext(FormulierContext);
  if (!formulier?.problem) return null;
  const { prefix } = formulier;
  return <FoutOverzicht problem={formulier.problem} veldId={(pad) => veldIdVan(prefix, pad)} />;
}

/** A yes/no question from the afwegingskader, answered explicitly (no default). */
export function JaNee({
  naam,
  vraag,
  uitleg,
  waarde,
  onChange,
  pad,
}: {
  naam: string;
  vraag: string;
  uitleg?: string;
  waarde?: boolean;
  onChange: (v: boolean) => void;
  pad?: string;
}) {
  const { id, fout, aria } = useVeld(pad);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3" {...aria}>
      <legend className="px-1 text-sm font-medium">{vraag}</legend>
      {uitleg && <p className="text-sm text-slate-600">{uitleg}</p>}
      <div className="mt-1 flex gap-6">
        <label className="flex items-center gap-2">
          <input id={id} type="radio" name={naam} checked={waarde === true} onChange={() => onChange(true)} />{' '}
          {antwoordLabel.ja}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name={naam} checked={waarde === false} onChange={() => onChange(false)} />{' '}
          {antwoordLabel.nee}
        </label>
      </div>
      <VeldFout id={id} fout={fout} />
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
  pad,
}: {
  waarde: string;
  onChange: (v: string) => void;
  label?: string;
  /** Where the opdracht carries it (e.g. `antwoord.toelichting`), for the API's message. */
  pad?: string;
}) {
  const { id, fout, aria } = useVeld(pad);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={3}
        value={waarde}
        onChange={(e) => onChange(e.target.value)}
        className="veld mt-1"
        {...aria}
      />
      <VeldFout id={id} fout={fout} />
    </div>
  );
}

/** A one-line text field of a step, with its own message. */
export function Tekstveld({
  label,
  waarde,
  onChange,
  pad,
}: {
  label: string;
  waarde: string;
  onChange: (v: string) => void;
  pad?: string;
}) {
  const { id, fout, aria } = useVeld(pad);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        className="veld mt-1"
        value={waarde}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      />
      <VeldFout id={id} fout={fout} />
    </div>
  );
}

/**
 * Set by the page when a step was just recorded: the next step's heading then takes the focus, so
 * the keyboard and a screen reader go on where the work goes on (the old form is gone).
 */
export const NaVastleggenContext = createContext(false);

export function Stapkader({
  titel,
  problem,
  children,
}: {
  titel: string;
  /** The step's own problem: its summary at the top, its messages at the fields. */
  problem?: Problem;
  children: ReactNode;
}) {
  const kop = useRef<HTMLHeadingElement>(null);
  const naVastleggen = useContext(NaVastleggenContext);
  useEffect(() => {
    if (naVastleggen) kop.current?.focus();
  }, [naVastleggen]);
  return (
    <section
      aria-label={titel}
      className="mt-8 max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 ref={kop} tabIndex={-1} className="text-lg font-semibold">
        {titel}
      </h2>
      <Formulier problem={problem}>
        <Samenvatting />
        {children}
      </Formulier>
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
  ontbreekt,
  bevestiging,
  onClick,
}: {
  label: string;
  problem?: Problem;
  bezig: boolean;
  /** Still missing before it can be recorded; said beside the button (`ontbreekt`), not only greyed out. */
  disabled?: boolean;
  ontbreekt?: string;
  bevestiging?: string;
  onClick: () => void;
}) {
  const [vragen, setVragen] = useState(false);
  const vraag = useRef<HTMLDivElement>(null);
  const id = useId();
  const formulier = useContext(FormulierContext);
  // The summary at the top of the step shows the step's own problem; shown here only otherwise.
  const elders = formulier?.problem !== undefined && formulier.problem === problem;
  useEffect(() => {
    if (vragen) vraag.current?.focus();
  }, [vragen]);
  // A refused step goes back to its fields: the summary says what to change there.
  useEffect(() => {
    if (problem && elders) setVragen(false);
  }, [problem, elders]);
  const melding = elders ? null : <Samenvattingsmelding problem={problem} />;
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
        {melding}
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
  const geblokkeerd = disabled && !bezig;
  return (
    <>
      {melding}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="knop"
          disabled={bezig || disabled}
          aria-describedby={geblokkeerd && ontbreekt ? `${id}-ontbreekt` : undefined}
          onClick={bevestiging ? () => setVragen(true) : onClick}
        >
          {bezig ? 'Bezig met vastleggen…' : label}
        </button>
        {geblokkeerd && ontbreekt && (
          <span id={`${id}-ontbreekt`} className="text-sm text-slate-700">
            Nog nodig: {ontbreekt}
          </span>
        )}
      </div>
    </>
  );
}

/** A section without a form context of its own: its problem as the summary, where the button is. */
function Samenvattingsmelding({ problem }: { problem?: Problem }) {
  return <FoutOverzicht problem={problem} />;
}
