import type { ClientBase } from 'pg';
import { rolnaam } from './rechten';

/** The two roles Deelwijs connects as; without a password they log in where the server trusts them (test clusters). */
export interface Rollen {
  eigenaar: { naam: string; wachtwoord?: string };
  app: { naam: string; wachtwoord?: string };
}

/** The names the embedded default and the test clusters use. */
export const STANDAARD_ROLNAMEN = { eigenaar: 'deelwijs_eigenaar', app: 'deelwijs_app' } as const;

const letterlijk = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * As a superuser: creates the two login roles when missing (plain roles: no superuser, no CREATEROLE,
 * no BYPASSRLS) and sets their passwords. Roles belong to the whole cluster, so callers that may run
 * side by side (test files) are serialised by an advisory lock; call it on the same database each time.
 */
export async function maakRollen(superuser: ClientBase, rollen: Rollen): Promise<void> {
  await superuser.query('begin');
  try {
    await superuser.query(`select pg_advisory_xact_lock(hashtext('deelwijs-rollen'))`);
    for (const { naam, wachtwoord } of [rollen.eigenaar, rollen.app]) {
      const rol = rolnaam(naam);
      const { rowCount } = await superuser.query('select 1 from pg_roles where rolname = $1', [rol]);
      const opties = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS${wachtwoord ? ` PASSWORD ${letterlijk(wachtwoord)}` : ''}`;
      await superuser.query(`${rowCount ? 'ALTER' : 'CREATE'} ROLE ${rol} ${opties}`);
    }
    await superuser.query('commit');
  } catch (fout) {
    await superuser.query('rollback');
    throw fout;
  }
}

/**
 * As a superuser, connected to the database Deelwijs uses: the owner may create there and owns
 * everything in `public` and `drizzle`, the app role may connect. Objects made before there were two
 * roles (an embedded data dir of an earlier version, where the superuser ran the migrations) pass to
 * the owner, so it can migrate and grant from then on.
 */
export async function richtDatabaseIn(superuser: ClientBase, rollen: Rollen): Promise<void> {
  const eigenaar = rolnaam(rollen.eigenaar.naam);
  const app = rolnaam(rollen.app.naam);
  const { rows } = await superuser.query<{ db: string }>('select current_database() as db');
  const db = `"${rows[0]!.db.replace(/"/g, '""')}"`;
  await superuser.query(`GRANT CONNECT, CREATE, TEMPORARY ON DATABASE ${db} TO ${eigenaar}`);
  await superuser.query(`GRANT CONNECT ON DATABASE ${db} TO ${app}`);
  await superuser.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${eigenaar}`);
  await superuser.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
  await superuser.query(
    `DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'drizzle') THEN ALTER SCHEMA drizzle OWNER TO ${eigenaar}; END IF; END $$`,
  );
  // Sequences that belong to a column follow their table; row types follow their relation.
  const overdragen = await superuser.query<{ opdracht: string }>(
    `select format('ALTER %s %s OWNER TO %I',
              case c.relkind when 'S' then 'SEQUENCE' when 'v' then 'VIEW' when 'm' then 'MATERIALIZED VIEW' else 'TABLE' end,
              c.oid::regclass, $1::text) as opdracht
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'm', 'S')
        and c.relowner <> $1::regrole
        and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))
     union all
     select format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, $1::text)
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'drizzle') and p.proowner <> $1::regrole
     union all
     select format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, $1::text)
       from pg_type t join pg_namespace n on n.oid = t.typnamespace
      where n.nspname in ('public', 'drizzle') and t.typtype in ('e', 'd') and t.typowner <> $1::regrole`,
    [eigenaar],
  );
  for (const { opdracht } of overdragen.rows) await superuser.query(opdracht);
}
