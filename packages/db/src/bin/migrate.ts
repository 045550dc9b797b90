import { createDb } from '../client';
import { runMigrations } from '../migrate';
import { seedDemo } from '../seed/demo';

// `migrate [--seed]`: applies the schema, and with --seed the demo data.
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL ontbreekt');
  await runMigrations(url);
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
