// What production code needs: the client, its error handling and the queries. Migrations, the demo
// seed, test helpers and the embedded server are subpaths (@deelwijs/db/migrate, /seed, /testing, /embedded).
export * from './client';
export * from './dossier';
export * from './fouten';
export * from './queries/beleid';
export * from './queries/bewaartermijn';
export * from './queries/clienten';
export * from './queries/deelverzoeken';
export * from './queries/gebruikers';
export * from './queries/idempotentie';
export * from './queries/inlogpogingen';
export * from './queries/notificaties';
export * from './queries/toegangslog';
export * from './queries/toestemmingen';
export * from './queries/toezicht';
export * from './queries/verwerkingslog';
export * from './queries/werkvoorraad';
export * as schema from './schema';
export * from './verwerkingslog';
