import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/testing';
import { clientMetKeten, type Db } from './support/keten';

/** A statement as the app role, inside a transaction that is always rolled back. */
async function probeer(db: Db, sql: string, params: unknown[] = []) {
  const c = await db.pool.connect();
  try {
    await c.query('begin');
    await c.query(sql, params);
  } finally {
    await c.query('rollback');
    c.release();
  }
}

const geweigerd = /permission denied|must be owner/;

describe('the app role against the record (PostgreSQL)', () => {
  let db: Db;
  let clientId: string;
  beforeAll(async () => {
    db = await createTestDatabase('rechten');
    ({ clientId } = await clientMetKeten(db, 2));
  }, 60_000);
  afterAll(() => db?.drop());

  it('connects as the app role, not as the owner of the tables', async () => {
    const { rows } = await db.pool.query(
      `select current_user as rol, (select tableowner from pg_tables where tablename = 'dossieraantekeningen') as eigenaar,
              (select rolsuper from pg_roles where rolname = current_user) as superuser`,
    );
    expect(rows[0]).toEqual({ rol: 'deelwijs_app', eigenaar: 'deelwijs_eigenaar', superuser: false });
  });

  it.each(['dossieraantekeningen', 'dossiercontrolepunten', 'dossierverwijderingen'])(
    'may not UPDATE, DELETE or TRUNCATE %s',
    async (tabel) => {
      await expect(probeer(db, `update ${tabel} set client_id = client_id`)).rejects.toThrow(geweigerd);
      await expect(probeer(db, `delete from ${tabel}`)).rejects.toThrow(geweigerd);
      await expect(probeer(db, `truncate ${tabel}`)).rejects.toThrow(geweigerd);
      // Nor switch its trigger off as an owner could.
      await expect(probeer(db, `alter table ${tabel} disable trigger user`)).rejects.toThrow(geweigerd);
    },
  );

  it('may move the head of a chain, but not delete it, truncate it or give it to another client', async () => {
    await probeer(
      db,
      'update dossierketens set aantal = aantal, laatste_hash = laatste_hash where client_id = $1',
      [clientId],
    );
    await expect(probeer(db, 'update dossierketens set client_id = client_id')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'delete from dossierketens')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'truncate dossierketens')).rejects.toThrow(geweigerd);
  });

  it('may withdraw a consent record but never delete one', async () => {
    await probeer(db, 'update toestemmingen set ingetrokken_op = ingetrokken_op');
    await expect(probeer(db, 'delete from toestemmingen')).rejects.toThrow(geweigerd);
  });

  it('may add to the access log but never change or remove a row of it', async () => {
    await expect(probeer(db, 'update toegangslog set handeling = handeling')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'delete from toegangslog')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'truncate toegangslog')).rejects.toThrow(geweigerd);
  });

  it('may add to the verwerkingslog but never change or remove a row of it', async () => {
    await probeer(
      db,
      `insert into verwerkingslog (trace_id, span_id, name, status_code, start_time, end_time, processing_activity_id, data_subject_id, data_subject_id_type)
       values ('t', 's', 'n', 'OK', now(), now(), 'https://x', 'x', 'x')`,
    );
    await expect(probeer(db, 'update verwerkingslog set name = name')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'delete from verwerkingslog')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'truncate verwerkingslog')).rejects.toThrow(geweigerd);
    await expect(probeer(db, 'alter table verwerkingslog disable trigger user')).rejects.toThrow(geweigerd);
  });

  it('writes no tombstone itself: only the retention function does', async () => {
    await expect(
      probeer(
        db,
        `insert into dossierverwijderingen (client_id, aantal, van_volgnummer, tot_volgnummer, laatste_hash, kop_aantal, kop_hash, oudste_op, nieuwste_op, grens, door, reden, database_rol)
         values ($1, 1, 1, 1, 'x', 1, 'x', now(), now(), now(), 'x', 'x', 'x')`,
        [clientId],
      ),
    ).rejects.toThrow(geweigerd);
  });

  it('has exactly the declared rights, per table, column and function, read from the catalog', async () => {
    const gewoon = ['DELETE', 'INSERT', 'SELECT', 'UPDATE'];
    const verwacht: Record<string, string[]> = {
      beleidsversies: ['INSERT', 'SELECT'],
      bewaartermijnrapporten: ['INSERT', 'SELECT'],
      // A client's data leaves only through the retention function.
      clienten: ['INSERT', 'SELECT', 'UPDATE'],
      clientverwijderingen: ['SELECT'],
      deelverzoeken: ['INSERT', 'SELECT', 'UPDATE'],
      dossieraantekeningen: ['INSERT', 'SELECT'],
      dossiercontrolepunten: ['INSERT', 'SELECT'],
      dossierketens: ['INSERT', 'SELECT'],
      dossierverwijderingen: ['SELECT'],
      gebruikers: gewoon,
      idempotentie: gewoon,
      inlogpogingen: gewoon,
      notificaties: gewoon,
      // Who granted which role: the record of access only grows.
      rolwijzigingen: ['INSERT', 'SELECT'],
      sessies: gewoon,
      teams: gewoon,
      toegangslog: ['INSERT', 'SELECT'],
      // Withdrawn, never removed.
      toestemmingen: ['INSERT', 'SELECT', 'UPDATE'],
      uitnodigingen: gewoon,
      vertegenwoordigers: ['INSERT', 'SELECT', 'UPDATE'],
      verwerkingslog: ['INSERT', 'SELECT'],
    };
    const { rows: tabellen } = await db.pool.query<{ tabel: string; rechten: string[] }>(
      `select c.relname as tabel,
              coalesce((select array_agg(p order by p) from unnest(array['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
                         where has_table_privilege('deelwijs_app', c.oid, p)), '{}') as rechten
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
    );
    expect(Object.fromEntries(tabellen.map((t) => [t.tabel, t.rechten]))).toEqual(verwacht);

    const { rows: kolommen } = await db.pool.query(
      `select table_name, column_name from information_schema.column_privileges
        where grantee = 'deelwijs_app' and privilege_type = 'UPDATE'
          and table_name in ('dossieraantekeningen', 'dossiercontrolepunten', 'dossierketens', 'dossierverwijderingen')
        order by 1, 2`,
    );
    expect(kolommen).toEqual(
      ['aantal', 'bijgewerkt_op', 'laatste_hash'].map((column_name) => ({
        table_name: 'dossierketens',
        column_name,
      })),
    );

    const { rows: functies } = await db.pool.query(
      `select has_function_privilege('deelwijs_app', f, 'EXECUTE') as app,
              exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE') as iedereen,
              p.prosecdef as definer, p.proconfig as instellingen, pg_get_userbyid(p.proowner) as eigenaar
         from unnest(array['verwijder_verlopen_dossieraantekeningen(uuid, timestamptz, text, text)',
                           'verwijder_verlopen_clientgegevens(uuid, timestamptz, text, text)',
                           'verwijder_verlopen_toegangslog(timestamptz)',
                           'verwijder_verlopen_verwerkingslog(timestamptz)',
                           'verwijder_verlopen_rolwijzigingen(timestamptz)']::regprocedure[]) x(f)
         join pg_proc p on p.oid = x.f`,
    );
    expect(functies).toEqual(
      Array.from({ length: 5 }, () => ({
        app: true,
        iedereen: false,
        definer: true,
        instellingen: ['search_path=pg_catalog, pg_temp'],
        eigenaar: 'deelwijs_eigenaar',
      })),
    );
    // The append to the chains: the app role may call it, PUBLIC not, and it runs with the caller's rights.
    const { rows: toevoegen } = await db.pool.query(
      `select has_function_privilege('deelwijs_app', p.oid, 'EXECUTE') as app,
              exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE') as iedereen,
              p.prosecdef as definer, p.proconfig as instellingen, pg_get_userbyid(p.proowner) as eigenaar
         from pg_proc p where p.oid = 'voeg_aan_ketens_toe(text[])'::regprocedure`,
    );
    expect(toevoegen).toEqual([
      {
        app: true,
        iedereen: false,
        definer: false,
        instellingen: null,
        eigenaar: 'deelwijs_eigenaar',
      },
    ]);
    // No other SECURITY DEFINER function anywhere in public: the retention paths are the only ones.
    const { rows: definers } = await db.pool.query(
      `select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.prosecdef order by 1`,
    );
    expect(definers.map((r) => r.proname)).toEqual([
      'verwijder_verlopen_clientgegevens',
      'verwijder_verlopen_dossieraantekeningen',
      'verwijder_verlopen_rolwijzigingen',
      'verwijder_verlopen_toegangslog',
      'verwijder_verlopen_verwerkingslog',
    ]);

    // The migrations' bookkeeping is the owner's alone.
    const { rows: drizzle } = await db.pool.query(
      `select has_schema_privilege('deelwijs_app', 'drizzle', 'USAGE') as gebruik,
              has_schema_privilege('deelwijs_app', 'public', 'CREATE') as aanmaken`,
    );
    expect(drizzle).toEqual([{ gebruik: false, aanmaken: false }]);
  });

  it('gives a table a later migration creates the ordinary rights (default privileges)', async () => {
    const eigenaar = new Client({ connectionString: db.ownerUrl });
    await eigenaar.connect();
    try {
      await eigenaar.query('create table later_toegevoegd (id int primary key)');
      await db.pool.query('insert into later_toegevoegd values (1)');
      await db.pool.query('update later_toegevoegd set id = 2');
      await db.pool.query('delete from later_toegevoegd');
      await expect(probeer(db, 'truncate later_toegevoegd')).rejects.toThrow(geweigerd);
    } finally {
      await eigenaar.query('drop table if exists later_toegevoegd');
      await eigenaar.end();
    }
  });

  it('still refuses the owner while the append-only triggers are on', async () => {
    const eigenaar = new Client({ connectionString: db.ownerUrl });
    await eigenaar.connect();
    try {
      // Row triggers fire on rows that exist: entries do; every table refuses TRUNCATE.
      await expect(eigenaar.query('delete from dossieraantekeningen')).rejects.toThrow(/onveranderlijk/);
      for (const tabel of ['dossieraantekeningen', 'dossiercontrolepunten', 'dossierverwijderingen'])
        await expect(eigenaar.query(`truncate ${tabel}`)).rejects.toThrow(/onveranderlijk/);
      // The retention function's flag alone does not open the door: the DELETE must come from inside it.
      await eigenaar.query('begin');
      await eigenaar.query(`select set_config('deelwijs.bewaartermijn', 'verwijderen', true)`);
      await expect(db.pool.query('delete from dossieraantekeningen')).rejects.toThrow(geweigerd);
      await eigenaar.query('rollback');
    } finally {
      await eigenaar.end();
    }
  });
});
