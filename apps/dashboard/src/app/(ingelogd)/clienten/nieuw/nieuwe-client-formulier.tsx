'use client';

import { vertegenwoordigerRolLabel } from '@deelwijs/content';
import type { NieuweClient, Problem } from '@deelwijs/contract';
import { VertegenwoordigerRol } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FoutOverzicht } from '@/components/fout-overzicht';
import { DatumInvoer, Veld } from '@/components/veld';
import { useVerzending } from '@/lib/api.client';
import { leesDatum } from '@/lib/datum';

const DATUM_FORMAAT = 'Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 11-02-1958.';

export function NieuweClientFormulier() {
  const router = useRouter();
  const verzend = useVerzending();
  const [vertegenwoordigers, setVertegenwoordigers] = useState<NieuweClient['vertegenwoordigers']>([]);
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  const fout = (pad: string) =>
    problem?.fouten?.find((f) => f.pad === pad || f.pad.startsWith(`${pad}.`))?.bericht;
  // A row just added takes the focus, so the keyboard is where the new name is typed.
  const nieuweRij = useRef<HTMLInputElement>(null);
  const [toegevoegd, setToegevoegd] = useState(0);
  useEffect(() => {
    if (toegevoegd > 0) nieuweRij.current?.focus();
  }, [toegevoegd]);

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Typed day first, as the field asks, and sent as the JJJJ-MM-DD the API takes. The API checks
    // everything; only its message for a date it could not read speaks of its own format, so that
    // one says what to type here.
    const geboortedatum = leesDatum(String(form.get('geboortedatum') ?? ''));
    setBezig(true);
    const resultaat = await verzend('POST', '/clienten', {
      naam: String(form.get('naam') ?? ''),
      geboortedatum: geboortedatum ?? '',
      wilsonbekwaam: form.get('wilsonbekwaam') === 'on',
      vertegenwoordigers,
    });
    setBezig(false);
    if (resultaat.ok) router.push(`/clienten/${resultaat.data.id}`);
    else
      setProblem(
        geboortedatum
          ? resultaat.problem
          : {
              ...resultaat.problem,
              fouten: resultaat.problem.fouten?.map((f) =>
                f.pad === 'geboortedatum' ? { ...f, bericht: DATUM_FORMAAT } : f,
              ),
            },
      );
  }

  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-6 max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FoutOverzicht
        problem={problem}
        velden={{ naam: 'naam', geboortedatum: 'geboortedatum', vertegenwoordigers: 'vertegenwoordiger-1' }}
      />
      <Veld id="naam" label="Naam" fout={fout('naam')}>
        <input
          id="naam"
          name="naam"
          className="veld mt-1"
          aria-invalid={fout('naam') ? true : undefined}
          aria-describedby={fout('naam') ? 'naam-fout' : undefined}
        />
      </Veld>
      <Veld id="geboortedatum" label="Geboortedatum" fout={fout('geboortedatum')}>
        <DatumInvoer id="geboortedatum" name="geboortedatum" fout={fout('geboortedatum')} />
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
              id={`vertegenwoordiger-${i + 1}`}
              ref={i === vertegenwoordigers.length - 1 ? nieuweRij : undefined}
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
              Verwijder<span className="sr-only"> vertegenwoordiger {i + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="mt-2 text-sm text-merk"
          onClick={() => {
            setVertegenwoordigers([...vertegenwoordigers, { naam: '', rol: 'ouder-met-gezag' }]);
            setToegevoegd((n) => n + 1);
          }}
        >
          + Vertegenwoordiger toevoegen
        </button>
      </fieldset>
      <button type="submit" className="knop" disabled={bezig}>
        {bezig ? 'Bezig…' : 'Cliënt opslaan'}
      </button>
    </form>
  );
}
