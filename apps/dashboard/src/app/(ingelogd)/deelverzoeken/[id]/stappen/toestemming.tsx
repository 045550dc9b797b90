'use client';

import {
  gegevenscategorieen,
  pogingUitkomstLabel,
  pogingWijzeLabel,
  statusLabel,
  toestemmingWijzeLabel,
} from '@deelwijs/content';
import type { Partij, PogingUitkomst, PogingWijze, ProcesIn, ToestemmingWijze } from '@deelwijs/domain';
import { useState } from 'react';
import { formatMoment } from '@/lib/datum';
import { useOpdracht } from './gebruik-opdracht';
import { PartijenInformeren } from './informeren';
import { Stapkader, Toelichting, Vastleggen } from './velden';
import { StartAfweging4, ToestemmingIntrekken } from './wendingen';

/** Consent: who must agree, the attempts so far, and recording the next one. */
export function Toestemmingsstap({
  proces,
  namen,
}: {
  proces: ProcesIn<'toestemming'>;
  namen: Record<string, string>;
}) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const wie = proces.wieMoetToestemmen;
  const partijNaam = (p: Partij) => (p.soort === 'client' ? 'de cliënt' : (namen[p.id] ?? p.rol));
  const [partij, setPartij] = useState(0);
  const [wijze, setWijze] = useState<PogingWijze>('gesprek');
  const [uitkomst, setUitkomst] = useState<PogingUitkomst>('ja');
  const [woorden, setWoorden] = useState('');
  const [vastgelegdOp, setVastgelegdOp] = useState<ToestemmingWijze>('schriftelijk');
  const [intrekkenUitgelegd, setIntrekken] = useState(false);
  const gegevens = proces.inhoud.gegevens;
  const ontvangers = proces.deelverzoek.ontvangers.map((o) => o.organisatie);

  return (
    <Stapkader titel={statusLabel.toestemming} problem={problem}>
      <p className="text-sm">
        {wie.uitleg} {wie.vereist === 'allen' ? 'Nodig van allen:' : 'Eén van hen volstaat:'}{' '}
        <strong>{wie.toestemmers.map(partijNaam).join(', ')}</strong>.
      </p>
      {proces.pogingen.length > 0 && (
        <ol className="space-y-1 text-sm" aria-label="Pogingen">
          {proces.pogingen.map(({ poging }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: attempts are append-only
            <li key={i}>
              {formatMoment(poging.op)} · {pogingWijzeLabel[poging.wijze]} met {partijNaam(poging.partij)}:{' '}
              {pogingUitkomstLabel[poging.uitkomst]}
              {poging.woordenClient ? ` — “${poging.woordenClient}”` : ''}
            </li>
          ))}
        </ol>
      )}
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block text-sm font-medium">
          Met wie
          <select className="veld mt-1" value={partij} onChange={(e) => setPartij(Number(e.target.value))}>
            {wie.toestemmers.map((p, i) => (
              <option key={p.soort === 'client' ? 'client' : p.id} value={i}>
                {partijNaam(p)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          Hoe
          <select
            className="veld mt-1"
            value={wijze}
            onChange={(e) => setWijze(e.target.value as PogingWijze)}
          >
            {Object.entries(pogingWijzeLabel).map(([id, naam]) => (
              <option key={id} value={id}>
                {naam}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          Uitkomst
          <select
            className="veld mt-1"
            value={uitkomst}
            onChange={(e) => setUitkomst(e.target.value as PogingUitkomst)}
          >
            {Object.entries(pogingUitkomstLabel).map(([id, naam]) => (
              <option key={id} value={id}>
                {naam}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Toelichting
        label="Wat zei de cliënt (in eigen woorden)?"
        pad="poging.woordenClient"
        waarde={woorden}
        onChange={setWoorden}
      />
      {uitkomst === 'ja' && (
        <div className="space-y-2 rounded-md bg-merk-licht p-3 text-sm">
          <p>
            De toestemming geldt voor het doel van dit deelverzoek, voor{' '}
            <strong>
              {gegevens.map((g) => gegevenscategorieen.find((c) => c.id === g)?.naam).join(', ')}
            </strong>{' '}
            en voor delen met <strong>{ontvangers.join(', ')}</strong>.
          </p>
          <label className="block font-medium">
            Vastgelegd als
            <select
              className="veld mt-1"
              value={vastgelegdOp}
              onChange={(e) => setVastgelegdOp(e.target.value as ToestemmingWijze)}
            >
              {Object.entries(toestemmingWijzeLabel).map(([id, naam]) => (
                <option key={id} value={id}>
                  {naam}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={intrekkenUitgelegd}
              onChange={(e) => setIntrekken(e.target.checked)}
            />{' '}
            Ik heb uitgelegd dat de toestemming altijd in te trekken is
          </label>
        </div>
      )}
      <Vastleggen
        label="Poging vastleggen"
        problem={problem}
        bezig={bezig}
        onClick={() =>
          verstuur({
            soort: 'toestemmingspoging',
            poging: {
              op: new Date().toISOString(),
              wijze,
              partij: wie.toestemmers[partij]!,
              uitkomst,
              ...(woorden.trim() ? { woordenClient: woorden } : {}),
              ...(uitkomst === 'ja'
                ? {
                    reikwijdte: {
                      doel: proces.deelverzoek.doel,
                      gegevens,
                      ontvangers,
                      wijze: vastgelegdOp,
                      intrekkenUitgelegd,
                    },
                  }
                : {}),
            },
          })
        }
      />
      <PartijenInformeren proces={proces} naamVan={partijNaam} />
      <ToestemmingIntrekken proces={proces} naamVan={partijNaam} />
      {/* In acute danger there is no time to ask first (afweging 4, geen tijd). */}
      {(proces.pogingen.length > 0 || proces.inhoud.omstandigheden.acuutVitaalBelang) && (
        <StartAfweging4 proces={proces} />
      )}
    </Stapkader>
  );
}
