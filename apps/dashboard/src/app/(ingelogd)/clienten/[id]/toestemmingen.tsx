'use client';

import { gegevenscategorieen, toestemmingWijzeLabel } from '@deelwijs/content';
import type { Problem, ToestemmingView } from '@deelwijs/contract';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Foutmelding } from '@/components/foutmelding';
import { useVerzending } from '@/lib/api.client';
import { formatMoment } from '@/lib/datum';

const categorie = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

/**
 * The client's consents, also from closed deelverzoeken. Withdrawing one here is for a closed
 * deelverzoek; while it runs, the deelverzoek's own step withdraws it (its workflow holds it).
 */
export function Toestemmingen({ toestemmingen }: { toestemmingen: ToestemmingView[] }) {
  return (
    <section
      aria-labelledby="toestemmingen"
      className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="toestemmingen" className="text-lg font-semibold">
        Toestemmingen
      </h2>
      {toestemmingen.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">Er is nog geen toestemming gegeven.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {toestemmingen.map((t) => (
            <Toestemming key={t.id} t={t} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Toestemming({ t }: { t: ToestemmingView }) {
  return (
    <li
      aria-label={`Toestemming van ${t.gegevenDoorLabel}`}
      className="rounded-md p-3 text-sm ring-1 ring-slate-200"
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">Gegeven door</dt>
        <dd>{t.gegevenDoorLabel}</dd>
        <dt className="text-slate-600">Doel</dt>
        <dd>{t.doel}</dd>
        <dt className="text-slate-600">Gegevens</dt>
        <dd>{t.gegevens.map(categorie).join(', ')}</dd>
        <dt className="text-slate-600">Ontvangers</dt>
        <dd>{t.ontvangers.join(', ')}</dd>
        <dt className="text-slate-600">Gegeven op</dt>
        <dd>
          {formatMoment(t.op)} ({toestemmingWijzeLabel[t.wijze].toLowerCase()})
          {t.geldigTot && <>, geldig tot {formatMoment(t.geldigTot)}</>}
        </dd>
        {t.ingetrokkenOp && (
          <>
            <dt className="text-slate-600">Ingetrokken op</dt>
            <dd>
              {formatMoment(t.ingetrokkenOp)}
              {t.intrekking && <span className="block text-slate-600">{t.intrekking.toelichting}</span>}
            </dd>
          </>
        )}
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        <Link href={`/deelverzoeken/${t.gegevenIn}`}>Naar het deelverzoek waarin zij is gegeven</Link>
      </p>
      {!t.ingetrokkenOp &&
        (t.deelverzoekOpen ? (
          <p className="mt-2 text-sm text-slate-600">
            Dit deelverzoek loopt nog: trek de toestemming daar in, bij de stap over toestemming.
          </p>
        ) : (
          <Intrekken id={t.id} />
        ))}
    </li>
  );
}

/** A short form, then a confirmation: a withdrawal cannot be undone. */
function Intrekken({ id }: { id: string }) {
  const router = useRouter();
  const verzend = useVerzending();
  const [open, setOpen] = useState(false);
  const [bevestigen, setBevestigen] = useState(false);
  const [toelichting, setToelichting] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [bezig, setBezig] = useState(false);

  if (!open)
    return (
      <button type="button" className="knop-licht mt-2" onClick={() => setOpen(true)}>
        Intrekken
      </button>
    );
  return (
    <div className="mt-3 space-y-3 border-t border-slate-200 pt-3">
      <label className="block text-sm font-medium">
        Waarom wordt de toestemming ingetrokken? (komt in het dossier)
        <textarea
          rows={3}
          value={toelichting}
          onChange={(e) => {
            setToelichting(e.target.value);
            setBevestigen(false);
          }}
          className="veld mt-1"
        />
      </label>
      {!bevestigen ? (
        <div className="flex gap-3">
          <button
            type="button"
            className="knop"
            disabled={toelichting.trim().length === 0}
            onClick={() => setBevestigen(true)}
          >
            Verder
          </button>
          <button type="button" className="knop-licht" onClick={() => setOpen(false)}>
            Annuleren
          </button>
        </div>
      ) : (
        <div
          role="alertdialog"
          aria-label="Intrekken bevestigen"
          className="space-y-2 rounded-md bg-amber-50 p-3"
        >
          <p className="text-sm font-medium">
            Na het intrekken wordt op deze toestemming niets meer gedeeld. Wat al gedeeld is, blijft in het
            dossier staan. Intrekken kunt u niet terugdraaien.
          </p>
          <Foutmelding problem={problem} />
          <div className="flex gap-3">
            <button
              type="button"
              className="knop"
              disabled={bezig}
              onClick={async () => {
                setBezig(true);
                const r = await verzend('POST', `/toestemmingen/${id}/intrekken`, { toelichting });
                setBezig(false);
                if (!r.ok) return setProblem(r.problem);
                setProblem(undefined);
                router.refresh();
              }}
            >
              {bezig ? 'Bezig…' : 'Ja, toestemming intrekken'}
            </button>
            <button type="button" className="knop-licht" onClick={() => setBevestigen(false)}>
              Terug
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
