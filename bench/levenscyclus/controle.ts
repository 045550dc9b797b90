// After the run: every lifecycle of the product must have left exactly its file — seven entries in
// order, one verstrekking, the deelverzoek closed with the matching sequence number, one client —
// every hash chain must be intact, and every workflow closed. A fast run that loses or doubles
// something counts for nothing.
import { controleerDossier, createDb, DossierSleutel } from '@deelwijs/db';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { type Uitkomst, VOLLEDIG_DOSSIER } from '../../tests/load/lib/levenscyclus';

export interface Controle {
  gecontroleerd: number;
  aantekeningen: number;
  verstrekkingen: number;
  ketenBevindingen: number;
  workflowsNietGesloten: number;
  fouten: string[];
}

export async function controleer(opties: {
  databaseUrl: string;
  dossierSleutel: string;
  temporalAdres: string;
  uitkomsten: Uitkomst[];
}): Promise<Controle> {
  const { uitkomsten } = opties;
  const fouten: string[] = [];
  const c = new pg.Client({ connectionString: opties.databaseUrl });
  await c.connect();
  const ids = uitkomsten.flatMap((u) => (u.deelverzoekId ? [u.deelverzoekId] : []));
  const rijen = new Map(
    (
      await c.query<{ id: string; status: string; volgnummer: number }>(
        'select id, status, volgnummer from deelverzoeken where id = any($1)',
        [ids],
      )
    ).rows.map((r) => [r.id, r]),
  );
  const dossiers = new Map<string, Array<{ id: string; soort: string }>>();
  for (const a of (
    await c.query<{ id: string; soort: string; deelverzoek_id: string }>(
      'select id, soort, deelverzoek_id from dossieraantekeningen where deelverzoek_id = any($1)',
      [ids],
    )
  ).rows) {
    const lijst = dossiers.get(a.deelverzoek_id) ?? [];
    lijst.push(a);
    dossiers.set(a.deelverzoek_id, lijst);
  }
  const clienten = new Map(
    (
      await c.query<{ naam: string; n: string }>(
        'select naam, count(*) as n from clienten where naam = any($1) group by naam',
        [uitkomsten.map((u) => u.clientNaam)],
      )
    ).rows.map((r) => [r.naam, Number(r.n)]),
  );
  await c.end();

  let aantekeningen = 0;
  let verstrekkingen = 0;
  for (const u of uitkomsten) {
    const wie = u.deelverzoekId ?? u.clientNaam;
    if (clienten.get(u.clientNaam) !== 1)
      fouten.push(`${wie}: ${clienten.get(u.clientNaam) ?? 0} cliënten met naam ${u.clientNaam}`);
    if (!u.deelverzoekId) continue;
    const nummer = (a: { id: string }) => Number(a.id.split(':').at(-1));
    const dossier = (dossiers.get(u.deelverzoekId) ?? []).sort((a, b) => nummer(a) - nummer(b));
    aantekeningen += dossier.length;
    const soorten = dossier.map((a) => a.soort);
    const hier = soorten.filter((s) => s === 'verstrekking').length;
    verstrekkingen += hier;
    const verwacht = u.klaar ? VOLLEDIG_DOSSIER : u.geaccepteerd;
    if (JSON.stringify(soorten) !== JSON.stringify(verwacht))
      fouten.push(`${wie}: dossier ${soorten.join(',')} ≠ ${verwacht.join(',')}`);
    if (u.klaar && hier !== 1) fouten.push(`${wie}: ${hier} verstrekkingen`);
    if (!dossier.every((a, i) => nummer(a) === i + 1))
      fouten.push(`${wie}: aantekening-ids niet opeenvolgend`);
    const rij = rijen.get(u.deelverzoekId);
    if (!rij || rij.volgnummer !== dossier.length)
      fouten.push(`${wie}: volgnummer ${rij?.volgnummer} ≠ ${dossier.length} aantekeningen`);
    if (u.klaar && rij?.status !== 'gedeeld-met-toestemming') fouten.push(`${wie}: status ${rij?.status}`);
  }

  // Every chain of every client, recomputed as the privacy officer's check does.
  const db = createDb(opties.databaseUrl, { max: 2 });
  const uitslag = await controleerDossier(db.db, DossierSleutel.parse(opties.dossierSleutel));
  await db.close();
  for (const b of uitslag.bevindingen.slice(0, 20)) fouten.push(`keten: ${JSON.stringify(b)}`);

  // A finished lifecycle's workflow and its consent clock have closed; nothing is left running.
  const verbinding = await Connection.connect({ address: opties.temporalAdres });
  const workflows = new Client({ connection: verbinding }).workflow;
  let open = 0;
  for (const u of uitkomsten.filter((x) => x.klaar && x.deelverzoekId)) {
    const beschrijving = await workflows.getHandle(u.deelverzoekId!).describe();
    // The last answer comes before the workflow closes: give it a moment.
    let status = beschrijving.status.name;
    for (let i = 0; status === 'RUNNING' && i < 20; i++) {
      await new Promise((r) => setTimeout(r, 250));
      status = (await workflows.getHandle(u.deelverzoekId!).describe()).status.name;
    }
    if (status !== 'COMPLETED') {
      open += 1;
      fouten.push(`${u.deelverzoekId}: workflow ${status}`);
    }
  }
  await verbinding.close();
  return {
    gecontroleerd: ids.length,
    aantekeningen,
    verstrekkingen,
    ketenBevindingen: uitslag.bevindingen.length,
    workflowsNietGesloten: open,
    fouten,
  };
}
