import { createDb } from '../client';
import { rolVanUrl, runMigrations } from '../migrate';
import { seedDemo } from '../seed/demo';

/**
 * `migrate [--seed]`: applies the schema as DATABASE_OWNER_URL's role and grants DATABASE_URL's role
 * (the one the apps connect as) its rights; with --seed the demo data, written as the app role.
 * Given DATABASE_URL alone, that one role migrates and owns the tables, as before there were two.
 */
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL ontbreekt');
  const eigenaarUrl = process.env.DATABASE_OWNER_URL;
  if (eigenaarUrl) await runMigrations(eigenaarUrl, { appRol: rolVanUrl(url) });
  else {
    console.error(
      'Let op: geen DATABASE_OWNER_URL. De rol van DATABASE_URL voert de migraties uit en is eigenaar van de tabellen; alleen de triggers beschermen het dossier dan (zie docs/security.md).',
    );
    await runMigrations(url);
  }
  if (process.argv.includes('--seed')) {
    const handle = createDb(url, { max: 1 });
    await seedDemo(handle.db);
    await handle.close();
  }
  console.log(`Database bijgewerkt${process.argv.includes('--seed') ? ' en demogegevens geladen' : ''}.`);
}

main().catch((error) => {
  console.error('Migratie mislukt:', error);
  process.exit(1);
});
