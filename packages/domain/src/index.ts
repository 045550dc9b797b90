export * from './afweging-1/afweging-1';
export * from './deelverzoek/deelverzoek.schema';
export * from './deelverzoek/start';
export * from './dossieraantekening/dossieraantekening.schema';
export * from './regels/resultaat';
