export * from './bewaartermijn';
export * from './controle';
export * from './keten';
export * from './sleutel';
export * from './schrijven';
