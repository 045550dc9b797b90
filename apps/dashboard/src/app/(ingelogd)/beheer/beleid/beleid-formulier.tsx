'use client';

import {
  BELEID_EENHEDEN,
  BELEID_GROEPEN,
  type Beleid,
  type Duur,
  type Klok,
  MAX_POGINGEN_LABEL,
} from '@deelwijs/content';
import type { Problem } from '@deelwijs/contract';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';
import { opPad } from './klokken';

const MIN_TOELICHTING = 10;

/**
 * The clocks of a new version, filled in with the ones in force. What the API refuses comes back per
 * field: the field is marked and the summary above the button gets the focus, so a keyboard or
 * screen-reader user lands on what to fix.
 */
export function BeleidFormulier({ beleid }: { beleid: Beleid }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [concept, setConcept] = useState<Beleid>(beleid);
  const [toelichting, setToelichting] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  const [opgeslagen, setOpgeslagen] = useState<string>();
  const samenvatting = useRef<HTMLDivElement>(null);
  const fout = (pad: string) => problem?.fouten?.find((f) => f.pad === `klokken.${pad}`)?.bericht;

  useEffect(() => {
    if (problem) samenvatting.current?.focus();
  }, [problem]);

  const zet = (pad: string, waarde: Duur | Duur[] | number) => {
    const [groep, naam] = pad.split('.') as [keyof Beleid, string];
    setConcept((c) => ({ ...c, [groep]: { ...(c[groep] as object), [naam]: waarde } }));
  };

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBezig(true);
    setOpgeslagen(undefined);
    const { versie: _versie, ...klokken } = concept;
    const resultaat = await verzend('POST', '/beheer/beleid', { toelichting, klokken });
    setBezig(false);
    if (!resultaat.ok) return setProblem(resultaat.problem);
    setProblem(undefined);
    setToelichting('');
    setOpgeslagen(resultaat.data.versie);
    router.refresh();
  }

  const teKort = toelichting.trim().length < MIN_TOELICHTING;
  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-4 max-w-3xl space-y-6"
      aria-label="Nieuwe versie van de termijnen"
    >
      <div>
        <label htmlFor="maxPogingen" className="block text-sm font-medium">
          {MAX_POGINGEN_LABEL.label}
        </label>
        <p id="maxPogingen-uitleg" className="text-sm text-slate-600">
          {MAX_POGINGEN_LABEL.uitleg}
        </p>
        <input
          id="maxPogingen"
          type="number"
          min={1}
          inputMode="numeric"
          className="veld mt-1 w-24"
          value={concept.toestemming.maxPogingen}
          onChange={(e) => zet('toestemming.maxPogingen', Number(e.target.value))}
          aria-invalid={Boolean(fout('toestemming.maxPogingen'))}
          aria-describedby="maxPogingen-uitleg maxPogingen-fout"
        />
        <span id="maxPogingen-fout" className="block text-sm text-red-700">
          {fout('toestemming.maxPogingen')}
        </span>
      </div>

      {BELEID_GROEPEN.map((groep) => (
        <fieldset key={groep.groep} className="rounded-md border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{groep.titel}</legend>
          {groep.klokken.map((klok) => {
            const waarde = opPad(concept, klok.pad);
            return Array.isArray(waarde) ? (
              <Herinneringen
                key={klok.pad}
                klok={klok}
                waarden={waarde}
                fout={fout}
                zet={(w) => zet(klok.pad, w)}
              />
            ) : (
              <KlokVeld
                key={klok.pad}
                klok={klok}
                pad={klok.pad}
                waarde={waarde}
                fout={fout(klok.pad)}
                zet={(w) => zet(klok.pad, w)}
              />
            );
          })}
        </fieldset>
      ))}

      <div>
        <label htmlFor="toelichting" className="block text-sm font-medium">
          Waarom veranderen de termijnen?
        </label>
        <textarea
          id="toelichting"
          rows={3}
          className="veld mt-1 w-full"
          value={toelichting}
          onChange={(e) => setToelichting(e.target.value)}
          aria-invalid={Boolean(problem?.fouten?.some((f) => f.pad === 'toelichting'))}
          aria-describedby="toelichting-uitleg"
        />
        <p id="toelichting-uitleg" className="text-sm text-slate-600">
          Komt bij de versie te staan, voor wie later wil weten waarom. Minstens {MIN_TOELICHTING} tekens.
        </p>
      </div>

      <div ref={samenvatting} tabIndex={-1} className="outline-none">
        <Foutmelding problem={problem} />
      </div>
      {opgeslagen && (
        <p
          role="status"
          className="rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          Versie {opgeslagen} is in werking. Deelverzoeken die vanaf nu beginnen, krijgen deze termijnen.
        </p>
      )}
      <div className="flex items-center gap-3">
        <button type="submit" className="knop" disabled={bezig || teKort} aria-describedby="knop-uitleg">
          {bezig ? 'Bezig…' : 'In werking stellen'}
        </button>
        <span id="knop-uitleg" className="text-sm text-slate-600">
          {teKort
            ? `Schrijf eerst waarom de termijnen veranderen (nog ${MIN_TOELICHTING - toelichting.trim().length} tekens).`
            : 'Geldt vanaf nu, alleen voor nieuwe deelverzoeken.'}
        </span>
      </div>
    </form>
  );
}

/** One clock: a number and a unit, with its explanation and its error. */
function KlokVeld({
  klok,
  pad,
  label,
  waarde,
  fout,
  zet,
}: {
  klok: Klok;
  pad: string;
  label?: string;
  waarde: Duur;
  fout?: string;
  zet: (waarde: Duur) => void;
}) {
  const id = pad.replaceAll('.', '-');
  return (
    <div className="mt-3">
      <span id={`${id}-label`} className="block text-sm font-medium">
        {label ?? klok.label}
      </span>
      {!label && (
        <p id={`${id}-uitleg`} className="text-sm text-slate-600">
          {klok.uitleg}
        </p>
      )}
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          type="number"
          min={1}
          inputMode="numeric"
          className="veld w-24"
          value={waarde.aantal}
          onChange={(e) => zet({ ...waarde, aantal: Number(e.target.value) })}
          aria-labelledby={`${id}-label`}
          aria-invalid={Boolean(fout)}
          aria-describedby={`${label ? '' : `${id}-uitleg `}${id}-fout`}
        />
        <select
          aria-label={`Eenheid: ${label ?? klok.label}`}
          className="veld"
          value={waarde.eenheid}
          onChange={(e) => zet({ ...waarde, eenheid: e.target.value as Duur['eenheid'] })}
        >
          {BELEID_EENHEDEN.map((e) => (
            <option key={e.eenheid} value={e.eenheid}>
              {e.label}
            </option>
          ))}
        </select>
      </div>
      <span id={`${id}-fout`} className="block text-sm text-red-700">
        {fout}
      </span>
    </div>
  );
}

/** The reminders for informing afterwards: a list that may grow or shrink, one clock per row. */
function Herinneringen({
  klok,
  waarden,
  fout,
  zet,
}: {
  klok: Klok;
  waarden: Duur[];
  fout: (pad: string) => string | undefined;
  zet: (waarden: Duur[]) => void;
}) {
  const nieuwe = useRef<HTMLDivElement>(null);
  const [toegevoegd, setToegevoegd] = useState(0);
  useEffect(() => {
    if (toegevoegd > 0) nieuwe.current?.querySelector('input')?.focus();
  }, [toegevoegd]);
  return (
    <div className="mt-4">
      <p className="text-sm font-medium">{klok.label}</p>
      <p className="text-sm text-slate-600">{klok.uitleg}</p>
      {waarden.map((w, i) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: the reminders are a list of clocks without ids
          key={i}
          ref={i === waarden.length - 1 ? nieuwe : undefined}
          className="flex items-end gap-2"
        >
          <KlokVeld
            klok={klok}
            pad={`${klok.pad}.${i}`}
            label={`Herinnering ${i + 1}`}
            waarde={w}
            fout={fout(`${klok.pad}.${i}`)}
            zet={(nieuw) => zet(waarden.map((x, j) => (j === i ? nieuw : x)))}
          />
          {waarden.length > 1 && (
            <button
              type="button"
              className="knop-licht mb-6"
              onClick={() => zet(waarden.filter((_, j) => j !== i))}
            >
              Herinnering {i + 1} weghalen
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="mt-2 text-sm text-merk"
        onClick={() => {
          const laatste = waarden.at(-1)!;
          zet([...waarden, { ...laatste, aantal: laatste.aantal + 1 }]);
          setToegevoegd((t) => t + 1);
        }}
      >
        + Herinnering toevoegen
      </button>
    </div>
  );
}
