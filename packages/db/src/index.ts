export * from './client';
export * from './embedded/pglite-server';
export * from './migrate';
export * from './queries/clienten';
export * from './queries/deelverzoeken';
export * from './queries/gebruikers';
export * from './queries/notificaties';
export * as schema from './schema';
export * from './seed/demo';
