'use client';

import {
  gerechtvaardigdeRedenen,
  informerenAchterafRegel,
  pogingWijzeLabel,
  uitstelBesluitLabel,
  volgendeActieLabel,
} from '@deelwijs/content';
import {
  type InformerenAchterafInvoer,
  type Medewerker,
  magOpdrachtGeven,
  type ProcesIn,
  werkVoorMedewerker,
} from '@deelwijs/domain';
import { useState } from 'react';
import { formatMoment } from '@/lib/datum';
import { useOpdracht } from './gebruik-opdracht';
import { Stapkader, Toelichting, Vastleggen } from './velden';

type Wijze = InformerenAchterafInvoer['wijze'];
const WIJZEN: Wijze[] = ['gesprek', 'telefoon', 'brief', 'e-mail'];
const redenNaam = (id: string) => gerechtvaardigdeRedenen.find((r) => r.id === id)?.naam ?? id;

/**
 * The client was not told beforehand: the casemanager drafts the letter, tells the client and
 * records how and their reaction; or asks for an uitstel, which a leidinggevende (not the
 * requester) decides. Each step lands in the file.
 */
export function InformerenAchterafstap({
  proces,
  wie,
  uiterlijk,
}: {
  proces: ProcesIn<'informeren-achteraf'>;
  wie: Medewerker;
  uiterlijk: string | null;
}) {
  const id = proces.deelverzoek.id;
  const { verstuur, problem, bezig } = useOpdracht(id, proces.volgnummer);
  const [wijze, setWijze] = useState<Wijze>('gesprek');
  const [reactie, setReactie] = useState('');
  const [reden, setReden] = useState('');
  const [onderbouwing, setOnderbouwing] = useState('');
  const [tot, setTot] = useState('');
  const [besluit, setBesluit] = useState<'akkoord' | 'afgewezen'>();
  const [motivering, setMotivering] = useState('');
  const verzoek = proces.uitstelVerzoek;
  const mijnBesluit = werkVoorMedewerker(proces, wie) === 'uitstel-beoordelen';
  const lopend = proces.uitstel.at(-1);

  return (
    <Stapkader titel={volgendeActieLabel['informeren-achteraf']} problem={problem}>
      <p className="rounded-md bg-amber-50 p-3 text-sm">{informerenAchterafRegel}</p>
      <p role="status" className="text-sm">
        Gedeeld op {formatMoment(proces.verstrekking.op)} met {proces.verstrekking.ontvangers.join(', ')}.
        {uiterlijk && (
          <>
            {' '}
            De cliënt moet het uiterlijk <time dateTime={uiterlijk}>{formatMoment(uiterlijk)}</time> horen.
          </>
        )}
        {lopend && ` Uitgesteld tot ${formatMoment(lopend.tot)} (${redenNaam(lopend.reden)}).`}
      </p>

      {magOpdrachtGeven('informeren-achteraf', wie.rollen) && (
        <>
          <p className="text-sm">
            Lees de brief eerst na; verstuur hem pas als alles klopt:{' '}
            <a
              href={`/api/v1/deelverzoeken/${id}/brief-informeren-achteraf`}
              target="_blank"
              rel="noreferrer"
            >
              brief aan de cliënt (concept)
            </a>{' '}
            · <a href={`/api/v1/deelverzoeken/${id}/brief-informeren-achteraf.pdf`}>als PDF</a>
          </p>
          <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-medium">De cliënt is geïnformeerd</legend>
            <label className="block text-sm font-medium">
              Hoe?
              <select value={wijze} onChange={(e) => setWijze(e.target.value as Wijze)} className="veld mt-1">
                {WIJZEN.map((w) => (
                  <option key={w} value={w}>
                    {pogingWijzeLabel[w]}
                  </option>
                ))}
              </select>
            </label>
            <Toelichting
              label="Wat zei de cliënt (in eigen woorden)?"
              waarde={reactie}
              onChange={setReactie}
            />
            <Vastleggen
              label="Informeren vastleggen"
              problem={problem}
              bezig={bezig}
              onClick={() =>
                verstuur({
                  soort: 'informeren-achteraf',
                  informeren: { wijze, ...(reactie.trim() ? { reactieClient: reactie } : {}) },
                })
              }
            />
          </fieldset>
        </>
      )}

      {verzoek ? (
        <div className="rounded-md border border-slate-200 p-3 text-sm">
          <p>
            Uitstel gevraagd tot {formatMoment(verzoek.tot)}
            {verzoek.reden ? ` (${redenNaam(verzoek.reden)})` : ''}: {verzoek.onderbouwing}
          </p>
          {mijnBesluit ? (
            <div className="mt-3 space-y-3">
              <fieldset>
                <legend className="text-sm font-medium">Uw besluit over het uitstel</legend>
                {(['akkoord', 'afgewezen'] as const).map((b) => (
                  <label key={b} className="mt-1 flex items-center gap-2">
                    <input
                      type="radio"
                      name="uitstel-besluit"
                      checked={besluit === b}
                      onChange={() => setBesluit(b)}
                    />
                    {uitstelBesluitLabel[b]}
                  </label>
                ))}
              </fieldset>
              <Toelichting
                label="Motivering (verplicht, komt in het dossier)"
                waarde={motivering}
                onChange={setMotivering}
              />
              <Vastleggen
                label="Besluit over uitstel vastleggen"
                problem={problem}
                bezig={bezig}
                disabled={!besluit}
                ontbreekt="uw besluit over het uitstel."
                onClick={() =>
                  besluit &&
                  verstuur({ soort: 'uitstel-besluit', besluit: { besluit, toelichting: motivering } })
                }
              />
            </div>
          ) : (
            <p className="mt-1 text-slate-600">Een leidinggevende van het team beslist hierover.</p>
          )}
        </div>
      ) : (
        magOpdrachtGeven('uitstel', wie.rollen) && (
          <details className="rounded-md border border-slate-200 p-3 text-sm">
            <summary className="cursor-pointer font-medium">Uitstel vragen</summary>
            <div className="mt-3 space-y-3">
              <label className="block font-medium">
                Gerechtvaardigde reden
                <select value={reden} onChange={(e) => setReden(e.target.value)} className="veld mt-1">
                  <option value="">Kies een reden</option>
                  {gerechtvaardigdeRedenen.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.naam}
                    </option>
                  ))}
                </select>
              </label>
              <Toelichting
                label="Waarom is uitstel nodig en evenredig? (komt in het dossier)"
                waarde={onderbouwing}
                onChange={setOnderbouwing}
              />
              <label className="block font-medium">
                Uitstellen tot
                <input
                  type="date"
                  value={tot}
                  onChange={(e) => setTot(e.target.value)}
                  className="veld mt-1"
                />
              </label>
              <Vastleggen
                label="Uitstel vragen"
                problem={problem}
                bezig={bezig}
                disabled={!tot}
                ontbreekt="de datum tot wanneer u uitstel vraagt."
                onClick={() =>
                  verstuur({
                    soort: 'uitstel',
                    ...(reden ? { reden } : {}),
                    onderbouwing,
                    // The end of that day on the user's own clock; the domain checks the maximum.
                    tot: new Date(`${tot}T23:59`).toISOString(),
                  })
                }
              />
            </div>
          </details>
        )
      )}
    </Stapkader>
  );
}
