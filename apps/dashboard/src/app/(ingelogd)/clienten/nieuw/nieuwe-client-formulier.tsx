'use client';

import { vertegenwoordigerRolLabel } from '@deelwijs/content';
import type { NieuweClient, Problem } from '@deelwijs/contract';
import { VertegenwoordigerRol } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';

export function NieuweClientFormulier() {
  const router = useRouter();
  const verzend = useVerzending();
  const [vertegenwoordigers, setVertegenwoordigers] = useState<NieuweClient['vertegenwoordigers']>([]);
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  const fout = (pad: string) => problem?.fouten?.find((f) => f.pad === pad)?.bericht;

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBezig(true);
    const resultaat = await verzend('POST', '/clienten', {
      naam: String(form.get('naam') ?? ''),
      geboortedatum: String(form.get('geboortedatum') ?? ''),
      wilsonbekwaam: form.get('wilsonbekwaam') === 'on',
      vertegenwoordigers,
    });
    setBezig(false);
    if (resultaat.ok) router.push(`/clienten/${resultaat.data.id}`);
    else setProblem(resultaat.problem);
  }

  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-6 max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <Veld id="naam" label="Naam" fout={fout('naam')}>
        <input
          id="naam"
          name="naam"
          className="veld mt-1"
          aria-invalid={Boolean(fout('naam'))}
          aria-describedby="naam-fout"
        />
      </Veld>
      <Veld id="geboortedatum" label="Geboortedatum" fout={fout('geboortedatum')}>
        <input
          id="geboortedatum"
          name="geboortedatum"
          type="date"
          className="veld mt-1"
          aria-invalid={Boolean(fout('geboortedatum'))}
          aria-describedby="geboortedatum-fout"
        />
      </Veld>
      <label className="flex items-start gap-2 text-sm">
        <input name="wilsonbekwaam" type="checkbox" className="mt-1" />
        <span>
          <span className="font-medium">Wilsonbekwaam in deze zaak</span>
          <span className="block text-slate-600">
            De cliënt kan zijn belangen hierin niet redelijk afwegen; een vertegenwoordiger beslist.
          </span>
        </span>
      </label>
      <fieldset>
        <legend className="text-sm font-medium">
          Vertegenwoordigers (ouders met gezag, voogd, curator, mentor, …)
        </legend>
        {vertegenwoordigers.map((v, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <div key={i} className="mt-2 flex gap-2">
            <input
              aria-label={`Naam van vertegenwoordiger ${i + 1}`}
              placeholder="Naam"
              value={v.naam}
              onChange={(e) =>
                setVertegenwoordigers(
                  vertegenwoordigers.map((x, j) => (j === i ? { ...x, naam: e.target.value } : x)),
                )
              }
              className="veld"
            />
            <select
              aria-label={`Rol van vertegenwoordiger ${i + 1}`}
              value={v.rol}
              onChange={(e) =>
                setVertegenwoordigers(
                  vertegenwoordigers.map((x, j) =>
                    j === i ? { ...x, rol: e.target.value as VertegenwoordigerRol } : x,
                  ),
                )
              }
              className="veld"
            >
              {VertegenwoordigerRol.options.map((rol) => (
                <option key={rol} value={rol}>
                  {vertegenwoordigerRolLabel[rol]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="knop-licht"
              onClick={() => setVertegenwoordigers(vertegenwoordigers.filter((_, j) => j !== i))}
            >
              Verwijder
            </button>
          </div>
        ))}
        <button
          type="button"
          className="mt-2 text-sm text-merk"
          onClick={() => setVertegenwoordigers([...vertegenwoordigers, { naam: '', rol: 'ouder-met-gezag' }])}
        >
          + Vertegenwoordiger toevoegen
        </button>
      </fieldset>
      <Foutmelding problem={problem} />
      <button type="submit" className="knop" disabled={bezig}>
        {bezig ? 'Bezig…' : 'Cliënt opslaan'}
      </button>
    </form>
  );
}

/** The error sits outside the label, so the field keeps its own name for screen readers. */
function Veld({
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
