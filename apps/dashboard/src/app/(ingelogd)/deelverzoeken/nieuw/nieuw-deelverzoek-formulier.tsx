'use client';

import type { ClientView, Problem } from '@deelwijs/contract';
import { NieuwDeelverzoek } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';

type Veldfouten = Record<string, string | undefined>;

/** Same zod schema as the API: the professional sees the Dutch message before sending. */
function valideer(invoer: unknown): Veldfouten {
  const resultaat = NieuwDeelverzoek.safeParse(invoer);
  if (resultaat.success) return {};
  return Object.fromEntries(resultaat.error.issues.map((i) => [i.path.join('.'), i.message]));
}

export function NieuwDeelverzoekFormulier({
  clienten,
  standaardClientId = '',
}: {
  clienten: ClientView[];
  standaardClientId?: string;
}) {
  const router = useRouter();
  const verzend = useVerzending();
  const [clientId, setClientId] = useState(standaardClientId);
  const [doel, setDoel] = useState('');
  const [ontvangers, setOntvangers] = useState([{ organisatie: '', rol: '' }]);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [geprobeerd, setGeprobeerd] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  const invoer = () => ({
    clientId,
    doel,
    ontvangers: ontvangers
      .filter((o) => o.organisatie.trim())
      .map((o) => ({ organisatie: o.organisatie, ...(o.rol.trim() ? { rol: o.rol } : {}) })),
  });
  // After the first attempt, errors update as the person types.
  const bijwerken = (volgende: () => void) => {
    volgende();
    if (geprobeerd) queueMicrotask(() => setFouten(valideer(invoer())));
  };

  async function verstuur(event: FormEvent) {
    event.preventDefault();
    setGeprobeerd(true);
    const gevonden = valideer(invoer());
    setFouten(gevonden);
    if (Object.keys(gevonden).length > 0) return;
    setBezig(true);
    const resultaat = await verzend('POST', '/deelverzoeken', invoer());
    setBezig(false);
    if (!resultaat.ok) {
      setProblem(resultaat.problem);
      setFouten(Object.fromEntries((resultaat.problem.fouten ?? []).map((f) => [f.pad, f.bericht])));
      return;
    }
    router.push(`/deelverzoeken/${resultaat.data.id}${resultaat.status === 202 ? '?in-behandeling=1' : ''}`);
    router.refresh();
  }

  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-6 max-w-2xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <label className="block text-sm font-medium">
        Cliënt
        <select
          name="clientId"
          value={clientId}
          onChange={(e) => bijwerken(() => setClientId(e.target.value))}
          aria-invalid={Boolean(fouten.clientId)}
          aria-describedby="clientId-fout"
          className="veld mt-1"
        >
          <option value="">Kies een cliënt…</option>
          {clienten.map((c) => (
            <option key={c.id} value={c.id}>
              {c.pseudoniem} — {c.naam}
            </option>
          ))}
        </select>
        <VeldFout id="clientId-fout" bericht={fouten.clientId} />
      </label>

      <label className="block text-sm font-medium">
        Doel van het delen
        <span className="block font-normal text-slate-600">
          Welk professioneel doel wilt u bereiken? Wees concreet.
        </span>
        <textarea
          name="doel"
          rows={3}
          value={doel}
          onChange={(e) => bijwerken(() => setDoel(e.target.value))}
          aria-invalid={Boolean(fouten.doel)}
          aria-describedby="doel-fout"
          className="veld mt-1"
        />
        <VeldFout id="doel-fout" bericht={fouten.doel} />
      </label>

      <fieldset>
        <legend className="text-sm font-medium">Ontvangers</legend>
        {ontvangers.map((o, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <div key={i} className="mt-2 flex gap-2">
            <input
              aria-label={`Organisatie van ontvanger ${i + 1}`}
              placeholder="Organisatie"
              value={o.organisatie}
              onChange={(e) =>
                bijwerken(() =>
                  setOntvangers(
                    ontvangers.map((x, j) => (j === i ? { ...x, organisatie: e.target.value } : x)),
                  ),
                )
              }
              className="veld"
            />
            <input
              aria-label={`Rol van ontvanger ${i + 1}`}
              placeholder="Rol (bijv. Wmo-consulent)"
              value={o.rol}
              onChange={(e) =>
                bijwerken(() =>
                  setOntvangers(ontvangers.map((x, j) => (j === i ? { ...x, rol: e.target.value } : x))),
                )
              }
              className="veld"
            />
            {ontvangers.length > 1 && (
              <button
                type="button"
                className="knop-licht"
                onClick={() => bijwerken(() => setOntvangers(ontvangers.filter((_, j) => j !== i)))}
              >
                Verwijder
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="mt-2 text-sm text-merk"
          onClick={() => setOntvangers([...ontvangers, { organisatie: '', rol: '' }])}
        >
          + Nog een ontvanger
        </button>
        <VeldFout
          id="ontvangers-fout"
          bericht={
            fouten.ontvangers ?? Object.entries(fouten).find(([k]) => k.startsWith('ontvangers.'))?.[1]
          }
        />
      </fieldset>

      <Foutmelding problem={problem} />
      <button type="submit" disabled={bezig} className="knop">
        {bezig ? 'Bezig…' : 'Deelverzoek starten'}
      </button>
    </form>
  );
}

function VeldFout({ id, bericht }: { id: string; bericht?: string }) {
  return (
    <span id={id} className="mt-1 block text-sm font-normal text-red-700" aria-live="polite">
      {bericht}
    </span>
  );
}
