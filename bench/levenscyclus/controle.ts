// After the run: every lifecycle of the product must have left exactly its file — seven entries in
// order, one verstrekking, the deelverzoek closed with the matching sequence number, one client —
// every hash chain must be intact, and every workflow closed. A fast run that loses or doubles
// something counts for nothing.
import { controleerDossier, createDb, DossierSleutel } from '@deelwijs/db';
import { Client, Connection } from '@temporalio/client';
import { dossierFouten, leesDossierstand } from '../../tests/load/lib/dossierstand';
import type { Uitkomst } from '../../tests/load/lib/levenscyclus';

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
  const { ids, rijen, dossiers, clienten } = await leesDossierstand(opties.databaseUrl, uitkomsten);

  let aantekeningen = 0;
  let verstrekkingen = 0;
  for (const u of uitkomsten) {
    const wie = u.deelverzoekId ?? u.clientNaam;
    if (clienten.get(u.clientNaam) !== 1)
      fouten.push(`${wie}: ${clienten.get(u.clientNaam) ?? 0} cliënten met naam ${u.clientNaam}`);
    if (!u.deelverzoekId) continue;
    const dossier = dossiers.get(u.deelverzoekId) ?? [];
    const rij = rijen.get(u.deelverzoekId);
    aantekeningen += dossier.length;
    const hier = dossier.filter((a) => a.soort === 'verstrekking').length;
    verstrekkingen += hier;
    fouten.push(...dossierFouten({ ...u, deelverzoekId: u.deelverzoekId }, dossier, rij));
    if (u.klaar && hier !== 1) fouten.push(`${wie}: ${hier} verstrekkingen`);
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
