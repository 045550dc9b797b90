export * from './beleid/beleid.schema';
export * from './beleid/standaard-beleid';
export * from './versie/versie';
