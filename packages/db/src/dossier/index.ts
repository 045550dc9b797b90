export * from './bewaartermijn';
export * from './controle';
export * from './keten';
export * from './schrijven';
export * from './sleutel';
