// Safe to import inside workflow code: definitions and types only, no Node APIs.
export * from './deelverzoek';
export * from './invoer';
export * from './uitnodiging';
