'use client';

import {
  type AkkoordBesluitId,
  akkoordBesluitLabel,
  gegevenscategorieen,
  verstrekkingWijzeLabel,
  volgendeActieLabel,
} from '@deelwijs/content';
import type { ProcesInFase } from '@deelwijs/domain';
import { useState } from 'react';
import { formatMoment } from '@/lib/datum';
import { type Afweging4Props, wachtOp } from './afweging-4';
import { useOpdracht } from './gebruik-opdracht';
import { Stapkader, Toelichting, Vastleggen } from './velden';
import { VoorstelWijzigen } from './voorstel-wijzigen';
import { WaarStaatHet } from './waar-staat-het';
import { Weging } from './weging';

const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

/**
 * The leidinggevende's page: the whole weighing on one page, then sign or refuse with a required
 * motivation, confirmed first because the decision cannot be undone. After an acute verstrekking
 * the same page signs afterwards; what was shared is shown beside it. Others see where it stands.
 */
export function Akkoordstap({
  proces,
  wie,
  uiterlijk,
  aantekeningen,
}: Afweging4Props<'akkoord' | 'akkoord-achteraf'>) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [besluit, setBesluit] = useState<AkkoordBesluitId>();
  const [toelichting, setToelichting] = useState('');
  const [bevestigen, setBevestigen] = useState(false);
  const a4 = proces.afweging4;
  const achteraf = a4.fase === 'akkoord-achteraf';
  const aanMij = wachtOp(proces, wie);
  const gedeeld = proces.verstrekking;
  const titel = volgendeActieLabel[achteraf ? 'akkoord-achteraf' : 'akkoord-leidinggevende'];

  // A disabled button says what it still waits for.
  const ontbreekt = !besluit
    ? toelichting.trim().length === 0
      ? 'uw besluit en de motivering.'
      : 'uw besluit.'
    : toelichting.trim().length === 0
      ? 'de motivering.'
      : undefined;
  return (
    <Stapkader titel={titel} problem={problem}>
      <WaarStaatHet a4={a4} uiterlijk={uiterlijk} />
      {achteraf && gedeeld && (
        <p className="rounded-md border-2 border-red-300 bg-red-50 p-3 text-sm">
          Al gedeeld op {formatMoment(gedeeld.op)}: {gedeeld.gegevens.map(naam).join(', ')} met{' '}
          {gedeeld.ontvangers.join(', ')} ({verstrekkingWijzeLabel[gedeeld.wijze]}). Een weigering maakt dit
          niet ongedaan; zij blijft naast de verstrekking in het dossier staan.
        </p>
      )}
      {(aanMij || a4.aanvrager.gebruikerId === wie.gebruikerId) && (
        <Weging a4={a4} voorstel={a4.voorstel} inhoud={proces.inhoud} aantekeningen={aantekeningen} />
      )}
      {aanMij && (
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <fieldset className="rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">Uw besluit</legend>
            {Object.entries(akkoordBesluitLabel).map(([id, label]) => (
              <label key={id} className="mt-1 flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="besluit"
                  checked={besluit === id}
                  onChange={() => {
                    setBesluit(id as AkkoordBesluitId);
                    setBevestigen(false);
                  }}
                />
                {label}
              </label>
            ))}
            {a4.voorstel.nietVoorafInformeren && (
              <p className="mt-2 text-sm">
                Uw besluit geldt ook voor het niet vooraf informeren van de cliënt (afweging 4b).
              </p>
            )}
          </fieldset>
          <Toelichting
            label="Motivering (verplicht, komt in het dossier)"
            waarde={toelichting}
            onChange={setToelichting}
          />
          {!bevestigen ? (
            <div className="flex flex-wrap items-center gap-3">
              <button
                type="button"
                className="knop"
                disabled={ontbreekt !== undefined}
                aria-describedby={ontbreekt ? 'besluit-ontbreekt' : undefined}
                onClick={() => setBevestigen(true)}
              >
                Besluit nemen
              </button>
              {ontbreekt && (
                <span id="besluit-ontbreekt" className="text-sm text-slate-700">
                  Nog nodig: {ontbreekt}
                </span>
              )}
            </div>
          ) : (
            <div
              role="alertdialog"
              aria-label="Besluit bevestigen"
              className="space-y-2 rounded-md bg-amber-50 p-3"
            >
              <p className="text-sm font-medium">
                {besluit && akkoordBesluitLabel[besluit]}. Dit besluit is definitief: u kunt het daarna niet
                meer wijzigen.
              </p>
              <div className="flex gap-3">
                <Vastleggen
                  label="Ja, besluit vastleggen"
                  problem={problem}
                  bezig={bezig}
                  onClick={() =>
                    besluit &&
                    verstuur({ soort: 'akkoord-leidinggevende', akkoord: { besluit, toelichting } })
                  }
                />
                <button type="button" className="knop-licht" onClick={() => setBevestigen(false)}>
                  Terug
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {/* After an acute verstrekking there is nothing left to change: it was shared. */}
      {!achteraf && <VoorstelWijzigen proces={proces as ProcesInFase<'akkoord'>} wie={wie} />}
    </Stapkader>
  );
}
