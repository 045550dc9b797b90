'use client';

import type { ClientView, Problem } from '@deelwijs/contract';
import { NieuwDeelverzoek } from '@deelwijs/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { alsProbleem, FoutOverzicht } from '@/components/fout-overzicht';
import { useVerzending } from '@/lib/api.client';
import { formatDatum } from '@/lib/datum';

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
  const gekozen = clienten.find((c) => c.id === clientId);
  const [doel, setDoel] = useState('');
  const [ontvangers, setOntvangers] = useState([{ organisatie: '', rol: '' }]);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [geprobeerd, setGeprobeerd] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);
  // A row just added takes the focus, so the keyboard is where the organisation is typed.
  const nieuweRij = useRef<HTMLInputElement>(null);
  const [toegevoegd, setToegevoegd] = useState(0);
  useEffect(() => {
    if (toegevoegd > 0) nieuweRij.current?.focus();
  }, [toegevoegd]);

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
    // The summary at the top lists what to fix, each a link to its field; it takes the focus.
    setProblem(alsProbleem(gevonden));
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

  const ontvangerFout =
    fouten.ontvangers ?? Object.entries(fouten).find(([k]) => k.startsWith('ontvangers.'))?.[1];

  return (
    <form
      onSubmit={verstuur}
      noValidate
      className="mt-6 max-w-2xl space-y-6 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FoutOverzicht
        problem={problem}
        velden={{ clientId: 'clientId', doel: 'doel', ontvangers: 'ontvanger-1' }}
      />
      {/* The messages sit outside the labels, so each field keeps its own name for screen readers. */}
      <div className="text-sm font-medium">
        <label htmlFor="clientId" className="block">
          Cliënt
        </label>
        <select
          id="clientId"
          name="clientId"
          value={clientId}
          onChange={(e) => bijwerken(() => setClientId(e.target.value))}
          aria-invalid={fouten.clientId ? true : undefined}
          aria-describedby={fouten.clientId ? 'clientId-gekozen clientId-fout' : 'clientId-gekozen'}
          className="veld mt-1"
        >
          <option value="">Kies een cliënt…</option>
          {clienten.map((c) => (
            <option key={c.id} value={c.id}>
              {c.pseudoniem}
            </option>
          ))}
        </select>
        {/* The list names pseudonyms only (as the new-client page promises); the chosen one by name, to check. */}
        <span id="clientId-gekozen" className="block font-normal text-slate-600" aria-live="polite">
          {gekozen ? `Gekozen: ${gekozen.naam}, geboren ${formatDatum(gekozen.geboortedatum)}` : ''}
        </span>
        <VeldFout id="clientId-fout" bericht={fouten.clientId} />
      </div>

      <div className="text-sm font-medium">
        <label htmlFor="doel" className="block">
          Doel van het delen
        </label>
        <span id="doel-uitleg" className="block font-normal text-slate-600">
          Welk professioneel doel wilt u bereiken? Wees concreet.
        </span>
        <textarea
          id="doel"
          name="doel"
          rows={3}
          value={doel}
          onChange={(e) => bijwerken(() => setDoel(e.target.value))}
          aria-invalid={fouten.doel ? true : undefined}
          aria-describedby={fouten.doel ? 'doel-uitleg doel-fout' : 'doel-uitleg'}
          className="veld mt-1"
        />
        <VeldFout id="doel-fout" bericht={fouten.doel} />
      </div>

      <fieldset>
        <legend className="text-sm font-medium">Ontvangers</legend>
        {ontvangers.map((o, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
          <div key={i} className="mt-2 flex gap-2">
            <input
              id={`ontvanger-${i + 1}`}
              ref={i === ontvangers.length - 1 ? nieuweRij : undefined}
              aria-label={`Organisatie van ontvanger ${i + 1}`}
              aria-invalid={i === 0 && ontvangerFout ? true : undefined}
              aria-describedby={i === 0 && ontvangerFout ? 'ontvangers-fout' : undefined}
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
                Verwijder<span className="sr-only"> ontvanger {i + 1}</span>
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="mt-2 text-sm text-merk"
          onClick={() => {
            setOntvangers([...ontvangers, { organisatie: '', rol: '' }]);
            setToegevoegd((n) => n + 1);
          }}
        >
          + Nog een ontvanger
        </button>
        <VeldFout id="ontvangers-fout" bericht={ontvangerFout} />
      </fieldset>

      <button type="submit" disabled={bezig} className="knop">
        {bezig ? 'Bezig…' : 'Deelverzoek starten'}
      </button>
    </form>
  );
}

function VeldFout({ id, bericht }: { id: string; bericht?: string }) {
  return (
    <span id={id} className="mt-1 block text-sm font-medium text-red-800">
      {bericht}
    </span>
  );
}
