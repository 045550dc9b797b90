'use client';

import {
  type GegevenscategorieId,
  gegevenscategorieen,
  statusLabel,
  verstrekkingWijzeLabel,
} from '@deelwijs/content';
import type { ProcesIn, VerstrekkingWijze } from '@deelwijs/domain';
import { useState } from 'react';
import { useOpdracht } from './gebruik-opdracht';
import { Keuzes, Stapkader, Vastleggen } from './velden';
import { ToestemmingIntrekken } from './wendingen';

/** Record the actual disclosure: what, to whom, how — and what was deliberately withheld. */
export function Verstrekkingsstap({ proces }: { proces: ProcesIn<'verstrekking'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const afgewogen = proces.inhoud.gegevens;
  const [gegevens, setGegevens] = useState<GegevenscategorieId[]>(afgewogen);
  const [wijze, setWijze] = useState<VerstrekkingWijze>('overleg');
  const [redenen, setRedenen] = useState<Record<string, string>>({});
  const ontvangers = proces.deelverzoek.ontvangers.map((o) => o.organisatie);
  const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;
  const achterwege = afgewogen.filter((g) => !gegevens.includes(g));

  return (
    <Stapkader titel={statusLabel.verstrekking}>
      <p className="text-sm">
        Leg vast wat u werkelijk deelt met {ontvangers.join(', ')}. Wat u bewust niet deelt, komt met de reden
        in het dossier.
      </p>
      <Keuzes
        legend="Gedeelde gegevens"
        opties={afgewogen.map((id) => ({ id, naam: naam(id) }))}
        gekozen={gegevens}
        onChange={setGegevens}
      />
      {achterwege.map((g) => (
        <label key={g} className="block text-sm font-medium">
          Waarom deelt u {naam(g)} niet?
          <input
            className="veld mt-1"
            value={redenen[g] ?? ''}
            onChange={(e) => setRedenen({ ...redenen, [g]: e.target.value })}
          />
        </label>
      ))}
      <label className="block text-sm font-medium">
        Hoe
        <select
          className="veld mt-1"
          value={wijze}
          onChange={(e) => setWijze(e.target.value as VerstrekkingWijze)}
        >
          {Object.entries(verstrekkingWijzeLabel).map(([id, naam]) => (
            <option key={id} value={id}>
              {naam}
            </option>
          ))}
        </select>
      </label>
      <ToestemmingIntrekken proces={proces} naamVan={(p) => (p.soort === 'client' ? 'de cliënt' : p.rol)} />
      <Vastleggen
        label="Verstrekking vastleggen"
        problem={problem}
        bezig={bezig}
        onClick={() =>
          verstuur({
            soort: 'verstrekking',
            verstrekking: {
              gegevens,
              ontvangers,
              wijze,
              achterwegeGelaten: achterwege.map((categorie) => ({
                categorie,
                reden: redenen[categorie] ?? '',
              })),
            },
          })
        }
      />
    </Stapkader>
  );
}
