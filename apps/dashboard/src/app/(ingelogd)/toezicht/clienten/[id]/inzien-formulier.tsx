'use client';

import type { Problem, ToezichtInzage } from '@deelwijs/contract';
import { type FormEvent, useState } from 'react';
import { Dossieraantekening } from '@/components/dossieraantekening';
import { Foutmelding } from '@/components/foutmelding';
import { apiSend } from '@/lib/api.client';
import { formatMoment } from '@/lib/datum';

/** The reason first, then the file: each opening is one row in the access log, with that reason. */
export function InzienFormulier({ clientId }: { clientId: string }) {
  const [inzage, setInzage] = useState<ToezichtInzage>();
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  async function verstuur(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reden = String(new FormData(event.currentTarget).get('reden') ?? '');
    setProblem(undefined);
    setBezig(true);
    const r = await apiSend('POST', `/toezicht/clienten/${clientId}/inzien`, { reden });
    setBezig(false);
    if (r.ok) setInzage(r.data);
    else setProblem(r.problem);
  }

  if (inzage)
    return (
      <div className="mt-4">
        <p className="text-sm text-slate-600">
          Geopend op {formatMoment(inzage.ingezienOp)} met als reden: “{inzage.reden}”
        </p>
        <h3 className="mt-4 text-xl font-semibold">{inzage.client.naam}</h3>
        <p className="font-mono text-sm text-slate-600">
          {inzage.client.pseudoniem} · {inzage.client.team}
        </p>
        <section aria-labelledby="dossier" className="mt-4">
          <h4 id="dossier" className="font-semibold">
            Dossieraantekeningen ({inzage.dossier.length})
          </h4>
          <ol className="mt-2 space-y-3">
            {inzage.dossier.map((a) => (
              <li key={a.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <Dossieraantekening a={a} kop="h5" />
              </li>
            ))}
          </ol>
        </section>
      </div>
    );

  return (
    <form aria-label="Inzien met reden" onSubmit={verstuur} className="mt-4 max-w-2xl space-y-3">
      <label htmlFor="reden" className="block font-medium">
        Waarom opent u dit dossier?
      </label>
      <textarea id="reden" name="reden" rows={3} className="veld w-full" aria-describedby="reden-uitleg" />
      <p id="reden-uitleg" className="text-xs text-slate-600">
        Minstens 15 tekens, bijvoorbeeld een klacht of een vraag van de Autoriteit Persoonsgegevens.
      </p>
      <Foutmelding problem={problem} />
      <button type="submit" disabled={bezig} className="knop">
        Dossier openen
      </button>
    </form>
  );
}
