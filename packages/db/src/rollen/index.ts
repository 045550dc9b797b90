export * from './inrichten';
export * from './rechten';
