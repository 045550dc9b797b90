'use client';

import {
  type Bijlage1Regel,
  beroepsgeheimLabel,
  informatieplichtLabel,
  vastleggingLabel,
} from '@deelwijs/content';
import type { Bijlage1View } from '@deelwijs/contract';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId, useMemo, useState } from 'react';

export interface Bijlage1Filters {
  zoek: string;
  domein: string;
  pet: string;
  gegevenscategorie: string;
}

const normaal = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Bijlage 1 as a table that filters in the browser. The filters live in the URL (replaceState, no
 * round trip), so a filtered view can be bookmarked or sent to a colleague.
 */
export function Bijlage1Tabel({
  data,
  grondslagNamen,
  begin,
}: {
  data: Bijlage1View;
  grondslagNamen: Record<string, string>;
  begin: Bijlage1Filters;
}) {
  const pad = usePathname();
  const [filters, setFilters] = useState<Bijlage1Filters>(begin);
  const veldId = useId();

  const naam = useMemo(
    () => ({
      domein: Object.fromEntries(data.domeinen.map((d) => [d.id, d.naam])),
      pet: Object.fromEntries(data.petten.map((p) => [p.id, p.naam])),
      categorie: Object.fromEntries(data.gegevenscategorieen.map((c) => [c.id, c.naam])),
      ontvanger: Object.fromEntries(data.ontvangers.map((o) => [o.id, o.naam])),
    }),
    [data],
  );

  // Everything a person might type to find a row, lower-case and without accents.
  const zoektekst = useMemo(
    () =>
      new Map(
        data.regels.map((r) => [
          r.pet,
          normaal(
            [
              naam.pet[r.pet],
              naam.domein[r.domein],
              r.omschrijving,
              ...r.voorbeeldfuncties,
              ...r.wetten,
              ...r.welDelen.map((d) => naam.categorie[d.categorie] ?? ''),
              ...r.nietDelen.map((d) => naam.categorie[d.categorie] ?? ''),
              ...r.routes.flatMap((x) => [
                x.grondslag ? (grondslagNamen[x.grondslag] ?? '') : '',
                x.wettelijkeBasis ?? '',
                x.doel,
                ...x.ontvangers.map((o) => naam.ontvanger[o] ?? ''),
              ]),
              ...r.aandachtspunten,
            ].join(' \n '),
          ),
        ]),
      ),
    [data, naam, grondslagNamen],
  );

  const woorden = normaal(filters.zoek).split(/\s+/).filter(Boolean);
  const zichtbaar = data.regels.filter(
    (r) =>
      (!filters.domein || r.domein === filters.domein) &&
      (!filters.pet || r.pet === filters.pet) &&
      (!filters.gegevenscategorie ||
        [...r.welDelen, ...r.nietDelen].some((d) => d.categorie === filters.gegevenscategorie)) &&
      woorden.every((w) => zoektekst.get(r.pet)?.includes(w)),
  );

  const zet = (wijziging: Partial<Bijlage1Filters>) => {
    const volgende = { ...filters, ...wijziging };
    if (
      volgende.pet &&
      volgende.domein &&
      data.petten.find((p) => p.id === volgende.pet)?.domein !== volgende.domein
    )
      volgende.pet = '';
    setFilters(volgende);
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(volgende)) if (v) query.set(k, v);
    const qs = query.toString();
    window.history.replaceState(null, '', qs ? `${pad}?${qs}` : pad);
  };

  const petOpties = data.petten.filter((p) => !filters.domein || p.domein === filters.domein);
  const actief = Object.values(filters).some(Boolean);

  return (
    <>
      <search aria-label="Filters voor de tabel">
        <form
          className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-2"
          onSubmit={(e) => e.preventDefault()}
        >
          <div className="md:col-span-2">
            <label htmlFor={`${veldId}-zoek`} className="text-sm font-medium">
              Zoeken
            </label>
            <input
              id={`${veldId}-zoek`}
              type="search"
              className="veld mt-1"
              value={filters.zoek}
              onChange={(e) => zet({ zoek: e.target.value })}
              placeholder="Bijvoorbeeld: huisarts, BSN, leerplicht, Veilig Thuis"
              aria-describedby={`${veldId}-zoekuitleg`}
            />
            <p id={`${veldId}-zoekuitleg`} className="mt-1 text-xs text-slate-600">
              Zoekt in functies, wetten, gegevens, grondslagen, ontvangers en aandachtspunten.
            </p>
          </div>
          <div>
            <label htmlFor={`${veldId}-domein`} className="text-sm font-medium">
              Domein
            </label>
            <select
              id={`${veldId}-domein`}
              className="veld mt-1"
              value={filters.domein}
              onChange={(e) => zet({ domein: e.target.value })}
            >
              <option value="">Alle domeinen</option>
              {data.domeinen.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.naam}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${veldId}-pet`} className="text-sm font-medium">
              Pet (uw rol)
            </label>
            <select
              id={`${veldId}-pet`}
              className="veld mt-1"
              value={filters.pet}
              onChange={(e) => zet({ pet: e.target.value })}
            >
              <option value="">Alle petten</option>
              {petOpties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.naam}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${veldId}-categorie`} className="text-sm font-medium">
              Gegevenscategorie
            </label>
            <select
              id={`${veldId}-categorie`}
              className="veld mt-1"
              value={filters.gegevenscategorie}
              onChange={(e) => zet({ gegevenscategorie: e.target.value })}
            >
              <option value="">Alle gegevens</option>
              {data.gegevenscategorieen.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.naam}
                </option>
              ))}
            </select>
          </div>
          <div className="flex items-end">
            <button
              type="button"
              className="knop-licht"
              disabled={!actief}
              onClick={() => zet({ zoek: '', domein: '', pet: '', gegevenscategorie: '' })}
            >
              Filters wissen
            </button>
          </div>
        </form>
      </search>

      <p className="mt-4 text-sm text-slate-700" aria-live="polite" data-testid="aantal-regels">
        {zichtbaar.length === data.regels.length
          ? `Alle ${data.regels.length} regels`
          : `${zichtbaar.length} van de ${data.regels.length} regels`}
      </p>

      <div className="mt-2 overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Bijlage 1: per domein en pet op welke grond u mag delen, welke gegevens wel en welke niet, en wat
            u vastlegt
          </caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                Wie
              </th>
              <th scope="col" className="px-3 py-2">
                Op welke grond
              </th>
              <th scope="col" className="px-3 py-2">
                Wel delen
              </th>
              <th scope="col" className="px-3 py-2">
                Niet delen
              </th>
              <th scope="col" className="px-3 py-2">
                Vastleggen
              </th>
            </tr>
          </thead>
          <tbody>
            {zichtbaar.map((r) => (
              <Rij
                key={r.pet}
                regel={r}
                naam={naam}
                grondslagNamen={grondslagNamen}
                categorie={filters.gegevenscategorie}
              />
            ))}
            {zichtbaar.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-600">
                  Geen regel past bij deze zoekopdracht. Probeer een ander woord of wis de filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Rij({
  regel: r,
  naam,
  grondslagNamen,
  categorie,
}: {
  regel: Bijlage1Regel;
  naam: Record<'domein' | 'pet' | 'categorie' | 'ontvanger', Record<string, string>>;
  grondslagNamen: Record<string, string>;
  categorie: string;
}) {
  const ontvangers = (ids: string[]) => ids.map((o) => naam.ontvanger[o] ?? o).join(', ');
  const gekozen = (c: string) => (c === categorie ? 'font-semibold bg-amber-100 rounded px-0.5' : '');
  return (
    <tr className="border-t border-slate-200 align-top" data-pet={r.pet}>
      <th scope="row" className="w-56 px-3 py-3 font-normal">
        <span className="font-semibold">{naam.pet[r.pet]}</span>
        <span className="mt-0.5 block text-xs text-slate-600">{naam.domein[r.domein]}</span>
        <span className="mt-1 block text-xs">{beroepsgeheimLabel[r.beroepsgeheim] ?? r.beroepsgeheim}</span>
        <span className="block text-xs">
          {informatieplichtLabel[r.informatieplicht] ?? r.informatieplicht}
        </span>
        {r.verwijstNaar && (
          <span className="mt-1 block text-xs text-slate-600">
            Dezelfde regels als: {naam.pet[r.verwijstNaar] ?? r.verwijstNaar}
          </span>
        )}
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-merk">Meer over deze pet</summary>
          <p className="mt-1">{r.omschrijving}</p>
          {r.voorbeeldfuncties.length > 0 && (
            <p className="mt-1">Bijvoorbeeld: {r.voorbeeldfuncties.join(', ')}.</p>
          )}
          <p className="mt-1">Wetten: {r.wetten.join(', ')}.</p>
          <p className="mt-1 text-slate-500">
            Bron: {r.bron.hoofdstuk}, p. {r.bron.pagina}
          </p>
        </details>
      </th>
      <td className="px-3 py-3">
        <ul className="space-y-2">
          {r.routes.map((x) => (
            <li key={`${x.grondslag}-${x.doel}`}>
              {x.grondslag ? (
                <Link href={`/handleiding/grondslagen#grondslag-${x.grondslag}`} className="font-medium">
                  {grondslagNamen[x.grondslag] ?? x.grondslag}
                </Link>
              ) : (
                <span className="font-medium">{x.wettelijkeBasis}</span>
              )}
              {x.grondslag && x.wettelijkeBasis && (
                <span className="text-slate-600"> ({x.wettelijkeBasis})</span>
              )}
              {x.zonderToestemming && (
                <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">
                  zonder toestemming
                </span>
              )}
              {x.uitzonderlijk && (
                <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-900">
                  alleen bij uitzondering
                </span>
              )}
              <span className="block text-xs text-slate-700">{x.doel}</span>
              {x.ontvangers.length > 0 && (
                <span className="block text-xs text-slate-600">Met: {ontvangers(x.ontvangers)}</span>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-3">
        {groepeerOpOntvangers(r.welDelen).map(([met, delen]) => (
          <div key={met.join() || 'zonder'} className="mb-2">
            {met.length > 0 && <p className="text-xs text-slate-600">Met {ontvangers(met)}:</p>}
            <ul className="list-disc space-y-0.5 pl-4">
              {delen.map((d) => (
                <li key={d.categorie}>
                  <span className={gekozen(d.categorie)}>{naam.categorie[d.categorie]}</span>
                  {d.voorwaarde && <span className="block text-xs text-slate-600">{d.voorwaarde}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </td>
      <td className="px-3 py-3">
        {r.nietDelen.length === 0 ? (
          <span className="text-xs text-slate-500">Niets apart genoemd</span>
        ) : (
          <ul className="space-y-1">
            {r.nietDelen.map((d) => (
              <li key={d.categorie}>
                <span className={gekozen(d.categorie)}>{naam.categorie[d.categorie]}</span>
                {d.voorwaarde && <span className="block text-xs text-slate-600">{d.voorwaarde}</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="px-3 py-3">
        <ul className="list-disc space-y-1 pl-4 text-xs">
          {r.vastleggen.map((v) => (
            <li key={v}>{vastleggingLabel[v] ?? v}</li>
          ))}
        </ul>
        {r.aandachtspunten.length > 0 && (
          <ul className="mt-2 space-y-1 text-xs text-slate-700">
            {r.aandachtspunten.map((a) => (
              <li key={a}>Let op: {a}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** Rows list what may be shared per category; most share the same recipients, so show them once. */
function groepeerOpOntvangers(welDelen: Bijlage1Regel['welDelen']) {
  const groepen: Array<[string[], Bijlage1Regel['welDelen']]> = [];
  for (const d of welDelen) {
    const groep = groepen.find(([met]) => met.join() === d.met.join());
    if (groep) groep[1].push(d);
    else groepen.push([d.met, [d]]);
  }
  return groepen;
}
