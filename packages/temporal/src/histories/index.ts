export * from './export';
export * from './scan';
