export * from './codec/aes-gcm-codec';
export * from './codec/data-converter';
export * from './codec/sleutels';
export * from './config';
export * from './contract';
