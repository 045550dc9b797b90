export * from './pseudoniem';
export * from './rijen';
