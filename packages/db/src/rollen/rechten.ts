import type { ClientBase } from 'pg';

/** The rights of the app role on an ordinary table: it reads and writes its own data. */
export const GEWONE_RECHTEN = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'] as const;

/**
 * Where the app role gets less. The record (entries, checkpoints) may only grow; tombstones are
 * written by the retention function alone. The head of a chain moves with every append, so the app
 * role may set its length, last hash and time, nothing else: not its client, and never remove it. A
 * head rewritten anyway is caught by the chain and the signed checkpoints (`kop-wijkt-af`).
 */
export const BEPERKTE_TABELLEN: Record<string, { rechten: string[]; bijwerken?: string[] }> = {
  dossieraantekeningen: { rechten: ['SELECT', 'INSERT'] },
  dossiercontrolepunten: { rechten: ['SELECT', 'INSERT'] },
  dossierverwijderingen: { rechten: ['SELECT'] },
  dossierketens: { rechten: ['SELECT', 'INSERT'], bijwerken: ['aantal', 'laatste_hash', 'bijgewerkt_op'] },
  // A consent is withdrawn, never removed: what was shared on it stays explainable.
  toestemmingen: { rechten: ['SELECT', 'INSERT', 'UPDATE'] },
  // Who looked at a file: nobody may take their own reading back out.
  toegangslog: { rechten: ['SELECT', 'INSERT'] },
  // What was processed about whom: the same, so the record of processing cannot be bent afterwards.
  verwerkingslog: { rechten: ['SELECT', 'INSERT'] },
  // What a retention run found and removed: the account of a removal cannot be taken back either.
  bewaartermijnrapporten: { rechten: ['SELECT', 'INSERT'] },
  // A client's own data leaves only at the end of retention, through the owner's function (0016).
  clienten: { rechten: ['SELECT', 'INSERT', 'UPDATE'] },
  vertegenwoordigers: { rechten: ['SELECT', 'INSERT', 'UPDATE'] },
  deelverzoeken: { rechten: ['SELECT', 'INSERT', 'UPDATE'] },
  clientverwijderingen: { rechten: ['SELECT'] },
  // Which deadlines were in force when: a version is put in force, never changed afterwards.
  beleidsversies: { rechten: ['SELECT', 'INSERT'] },
  // Who granted which role to whom: the privacy officer's record of access, never rewritten.
  rolwijzigingen: { rechten: ['SELECT', 'INSERT'] },
};

/**
 * The retention functions are granted to the app role: the retention workflow in the worker calls
 * them. What keeps that narrow is inside each function (a floor the caller cannot lower: 20 years for
 * the dossier and a client's data, 5 for the logs and the rolwijzigingen; a whole chain only, always a tombstone), not who
 * may call it. The append to the chains runs with the caller's own rights (SECURITY INVOKER).
 */
export const UITVOERBARE_FUNCTIES = [
  'voeg_aan_ketens_toe(text[])',
  'verwijder_verlopen_dossieraantekeningen(uuid, timestamptz, text, text)',
  'verwijder_verlopen_toegangslog(timestamptz)',
  'verwijder_verlopen_verwerkingslog(timestamptz)',
  'verwijder_verlopen_clientgegevens(uuid, timestamptz, text, text)',
  'verwijder_verlopen_rolwijzigingen(timestamptz)',
];

const ROLNAAM = /^[a-z_][a-z0-9_]{0,62}$/;
/** Role names are put into SQL as identifiers, so only plain lowercase names are accepted. */
export function rolnaam(naam: string): string {
  if (!ROLNAAM.test(naam)) throw new Error(`Ongeldige rolnaam "${naam}": alleen a-z, 0-9 en _.`);
  return naam;
}

/**
 * Run as the owner after every migration (idempotent): the app role's rights on every table there
 * is, the exceptions above, and default privileges so tables a later migration creates follow. A
 * later append-only table must be added to BEPERKTE_TABELLEN, or it gets the ordinary rights.
 */
export async function kenRechtenToe(client: ClientBase, app: string): Promise<void> {
  const rol = rolnaam(app);
  const gewoon = GEWONE_RECHTEN.join(', ');
  await client.query('begin');
  try {
    await client.query(`GRANT ${gewoon} ON ALL TABLES IN SCHEMA public TO ${rol}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${rol}`);
    await client.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ${gewoon} ON TABLES TO ${rol}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${rol}`,
    );
    for (const [tabel, { rechten, bijwerken }] of Object.entries(BEPERKTE_TABELLEN)) {
      await client.query(`REVOKE ALL ON TABLE public.${tabel} FROM ${rol}`);
      await client.query(`GRANT ${rechten.join(', ')} ON TABLE public.${tabel} TO ${rol}`);
      if (bijwerken)
        await client.query(`GRANT UPDATE (${bijwerken.join(', ')}) ON TABLE public.${tabel} TO ${rol}`);
    }
    for (const functie of UITVOERBARE_FUNCTIES)
      await client.query(`GRANT EXECUTE ON FUNCTION public.${functie} TO ${rol}`);
    await client.query('commit');
  } catch (fout) {
    await client.query('rollback');
    throw fout;
  }
}
