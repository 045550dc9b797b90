import { type LeesbareAantekeningView, type Rol, rolLabel } from '@deelwijs/contract';
import { clientQueries, type DbHandle, deelverzoekQueries, gebruikerQueries } from '@deelwijs/db';
import {
  type DeelverzoekProces,
  type DossierMedewerker,
  genoemdeMedewerkers,
  leesbaarDossier,
  type OpgeslagenAantekening,
  type VertegenwoordigerRol,
} from '@deelwijs/domain';

type Rij = OpgeslagenAantekening & { id: string; deelverzoekId: string | null };

/**
 * The file of one client as people read it, rendered now from the stored entries, the process of
 * each deelverzoek and the names of those involved. Nothing stored changes; the same entries read
 * the same tomorrow, with the names as they are then. One lookup per deelverzoek and per person.
 */
export async function leesDossier(
  db: DbHandle['db'],
  clientId: string,
  rijen: readonly Rij[],
): Promise<LeesbareAantekeningView[]> {
  // Entries about the client itself (null) are read together, without a process.
  const perDeelverzoek = new Map<string | null, Rij[]>();
  // The database gives its own timestamp format; the renderer reads ISO.
  const iso = new Map(rijen.map((r) => [r, { ...r, op: new Date(r.op).toISOString() }]));
  for (const r of rijen)
    perDeelverzoek.set(r.deelverzoekId, [...(perDeelverzoek.get(r.deelverzoekId) ?? []), r]);
  const ids = [...perDeelverzoek.keys()].filter((id): id is string => id !== null);
  const [personen, standen] = await Promise.all([
    clientQueries(db).vertegenwoordigers(clientId),
    Promise.all(ids.map((id) => deelverzoekQueries(db).procesStand(id))),
  ]);
  const proces = new Map(ids.map((id, i) => [id, (standen[i]?.proces ?? null) as DeelverzoekProces | null]));
  const genoemd = new Set(
    [...perDeelverzoek.keys()].flatMap((id) =>
      genoemdeMedewerkers(perDeelverzoek.get(id) ?? [], (id && proces.get(id)) || null),
    ),
  );
  const medewerkers = await medewerkersVan(db, [...genoemd]);
  const vertegenwoordigers = personen.map((p) => ({
    id: p.id,
    naam: p.naam,
    rol: p.rol as VertegenwoordigerRol,
  }));
  const gelezen = new Map<Rij, LeesbareAantekeningView>();
  for (const [id, eigen] of perDeelverzoek) {
    // In the order they were written: the attempts are matched to the process by position.
    eigen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const l = leesbaarDossier(
      eigen.map((r) => iso.get(r) as Rij),
      { medewerkers, vertegenwoordigers, proces: (id && proces.get(id)) || null },
    );
    for (const [i, r] of eigen.entries()) gelezen.set(r, l[i] as LeesbareAantekeningView);
  }
  return rijen.map((r) => gelezen.get(r) as LeesbareAantekeningView);
}

/** The colleagues by id, with their name and role labels as they are now; an unknown id is left out. */
export async function medewerkersVan(
  db: DbHandle['db'],
  ids: readonly string[],
): Promise<Map<string, DossierMedewerker>> {
  const gevonden = await Promise.all(ids.map((g) => gebruikerQueries(db).vind(g)));
  return new Map<string, DossierMedewerker>(
    gevonden.flatMap((g) =>
      g
        ? [
            [
              g.id,
              {
                naam: g.naam,
                rollen: g.rollen
                  .filter((r): r is Rol => r in rolLabel)
                  .map((r) => ({ id: r, label: rolLabel[r] })),
              },
            ] as const,
          ]
        : [],
    ),
  );
}
