'use client';

import { type GegevenscategorieId, gegevenscategorieen, verstrekkingWijzeLabel } from '@deelwijs/content';
import type { ProcesIn, VerstrekkingInvoer, VerstrekkingWijze } from '@deelwijs/domain';
import { type ReactNode, useState } from 'react';
import { Keuzes, Toelichting } from './velden';

const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;

function WijzeKeuze({
  label,
  waarde,
  onChange,
}: {
  label: string;
  waarde: VerstrekkingWijze;
  onChange: (w: VerstrekkingWijze) => void;
}) {
  return (
    <label className="block text-sm font-medium">
      {label}
      <select
        className="veld mt-1"
        value={waarde}
        onChange={(e) => onChange(e.target.value as VerstrekkingWijze)}
      >
        {Object.entries(verstrekkingWijzeLabel).map(([id, tekst]) => (
          <option key={id} value={id}>
            {tekst}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A value for a datetime-local field: now, in the browser's own time zone. */
export const nuLokaal = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/**
 * The fields of a verstrekking (what, how, what deliberately not) and, where the client must hear
 * it beforehand, when and how they were told and how they reacted. Shared by the verstrekking step
 * and the acute path, which records a verstrekking before the signature.
 */
export function useVerstrekkingVelden(
  proces: ProcesIn<'verstrekking' | 'afweging-4'>,
  vooraf: 'verplicht' | 'keuze' | 'niet',
): { invoer: VerstrekkingInvoer; velden: ReactNode } {
  const afgewogen = proces.inhoud.gegevens;
  const [gegevens, setGegevens] = useState<GegevenscategorieId[]>(afgewogen);
  const [wijze, setWijze] = useState<VerstrekkingWijze>('overleg');
  const [redenen, setRedenen] = useState<Record<string, string>>({});
  const [verteld, setVerteld] = useState(vooraf === 'verplicht');
  const [verteldOp, setVerteldOp] = useState(nuLokaal);
  const [verteldHoe, setVerteldHoe] = useState<VerstrekkingWijze>('overleg');
  const [reactie, setReactie] = useState('');
  const ontvangers = proces.deelverzoek.ontvangers.map((o) => o.organisatie);
  const achterwege = afgewogen.filter((g) => !gegevens.includes(g));
  const metVooraf = vooraf !== 'niet' && (vooraf === 'verplicht' || verteld);

  const invoer: VerstrekkingInvoer = {
    gegevens,
    ontvangers,
    wijze,
    achterwegeGelaten: achterwege.map((categorie) => ({ categorie, reden: redenen[categorie] ?? '' })),
    ...(metVooraf
      ? {
          voorafGeinformeerd: {
            op: new Date(verteldOp).toISOString(),
            wijze: verteldHoe,
            ...(reactie.trim() ? { reactieClient: reactie } : {}),
          },
        }
      : {}),
  };

  const velden = (
    <>
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
      <WijzeKeuze label="Hoe" waarde={wijze} onChange={setWijze} />
      {vooraf !== 'niet' && (
        <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">De cliënt vooraf verteld</legend>
          {vooraf === 'keuze' ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={verteld} onChange={(e) => setVerteld(e.target.checked)} /> De
              cliënt is vooraf verteld dat er gedeeld wordt
            </label>
          ) : (
            <p className="text-sm">
              Vertel de cliënt vóór het delen wat u deelt, met wie en waarom, en leg dat hier vast.
            </p>
          )}
          {metVooraf && (
            <>
              <label className="block text-sm font-medium">
                Wanneer verteld
                <input
                  type="datetime-local"
                  className="veld mt-1"
                  value={verteldOp}
                  onChange={(e) => setVerteldOp(e.target.value)}
                />
              </label>
              <WijzeKeuze label="Hoe verteld" waarde={verteldHoe} onChange={setVerteldHoe} />
              <Toelichting label="Reactie van de cliënt" waarde={reactie} onChange={setReactie} />
            </>
          )}
        </fieldset>
      )}
    </>
  );
  return { invoer, velden };
}
