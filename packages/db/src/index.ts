export * from './client';
export * from './migrate';
export * from './queries/clienten';
export * from './queries/deelverzoeken';
export * from './queries/gebruikers';
export * from './queries/idempotentie';
export * from './queries/notificaties';
export * as schema from './schema';
export * from './seed/demo';
