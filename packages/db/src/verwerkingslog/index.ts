export * from './pseudoniem';
export * from './rijen';
export * from './stap';
