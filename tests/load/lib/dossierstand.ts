import pg from 'pg';
import { type Uitkomst, VOLLEDIG_DOSSIER } from './levenscyclus';

export interface DeelverzoekRij {
  id: string;
  status: string;
  volgnummer: number;
}

/**
 * What the database holds for the lifecycles a run drove: each deelverzoek's row, its file in order
 * of the entries' sequence numbers, and how many clients carry each name. Read after the run, in
 * three queries, by the fault script and the lifecycle benchmark alike.
 */
export async function leesDossierstand(databaseUrl: string, uitkomsten: Uitkomst[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const ids = uitkomsten.flatMap((u) => (u.deelverzoekId ? [u.deelverzoekId] : []));
    const rijen = new Map(
      (
        await client.query<DeelverzoekRij>(
          'select id, status, volgnummer from deelverzoeken where id = any($1)',
          [ids],
        )
      ).rows.map((r) => [r.id, r]),
    );
    const dossiers = new Map<string, Array<{ id: string; soort: string }>>();
    for (const a of (
      await client.query<{ id: string; soort: string; deelverzoek_id: string }>(
        'select id, soort, deelverzoek_id from dossieraantekeningen where deelverzoek_id = any($1)',
        [ids],
      )
    ).rows) {
      const lijst = dossiers.get(a.deelverzoek_id) ?? [];
      lijst.push(a);
      dossiers.set(a.deelverzoek_id, lijst);
    }
    for (const lijst of dossiers.values()) lijst.sort((a, b) => volgnummerVan(a) - volgnummerVan(b));
    const clienten = new Map(
      (
        await client.query<{ naam: string; n: string }>(
          'select naam, count(*) as n from clienten where naam = any($1) group by naam',
          [uitkomsten.map((u) => u.clientNaam)],
        )
      ).rows.map((r) => [r.naam, Number(r.n)]),
    );
    return { ids, rijen, dossiers, clienten };
  } finally {
    await client.end();
  }
}

/** An entry's id ends in its sequence number within the deelverzoek. */
const volgnummerVan = (a: { id: string }) => Number(a.id.split(':').at(-1));

/**
 * Whether one lifecycle's file is exactly what the API accepted (the whole file once it finished):
 * the kinds in order, numbered 1…n without a gap, and the row's volgnummer equal to n.
 */
export function dossierFouten(
  u: Uitkomst & { deelverzoekId: string },
  dossier: Array<{ id: string; soort: string }>,
  rij: DeelverzoekRij | undefined,
): string[] {
  const fouten: string[] = [];
  const soorten = dossier.map((a) => a.soort);
  const verwacht = u.klaar ? VOLLEDIG_DOSSIER : u.geaccepteerd;
  if (JSON.stringify(soorten) !== JSON.stringify(verwacht))
    fouten.push(`${u.deelverzoekId}: dossier ${soorten.join(',')} ≠ geaccepteerd ${verwacht.join(',')}`);
  if (!dossier.every((a, i) => volgnummerVan(a) === i + 1))
    fouten.push(`${u.deelverzoekId}: aantekening-ids niet opeenvolgend`);
  if (!rij || rij.volgnummer !== dossier.length)
    fouten.push(`${u.deelverzoekId}: volgnummer ${rij?.volgnummer} ≠ ${dossier.length} aantekeningen`);
  return fouten;
}
