export * from './afweging-1/afweging-1';
export * from './conflict-van-plichten/conflict-van-plichten';
export * from './deelverzoek/deelverzoek.schema';
export * from './deelverzoek/start';
export * from './dossieraantekening/dossieraantekening.schema';
export * from './functiescheiding/functiescheiding';
export * from './regels/resultaat';
export * from './termijnen/klokken';
export * from './termijnen/termijnen';
export * from './termijnen/uitstel';
export * from './vertegenwoordiging/leeftijd';
export * from './vertegenwoordiging/vertegenwoordiging.schema';
export * from './vertegenwoordiging/wie-moet-toestemmen';
export {
  amsterdamOffsetMs,
  Datum,
  IsoTijdstip,
  kalenderdagenNa,
  lokaleDatum,
  naarMs,
  type Tijdstip,
} from './werkdagen/amsterdam-tijd';
export * from './werkdagen/feestdagen';
export * from './werkdagen/werkdagen';
