export * from './advies/advies';
export * from './advies/advies.schema';
export * from './afweging-1/afweging-1';
export * from './afweging-1/afweging-1.schema';
export * from './afweging-2/afweging-2.schema';
export * from './afweging-3/afweging-3.schema';
export * from './client/correctie';
export * from './conflict-van-plichten/conflict-van-plichten';
export * from './deelverzoek/deelverzoek.schema';
export * from './deelverzoek/kort-nummer';
export * from './deelverzoek/start';
export * from './doorbreking/doorbreking';
export * from './doorbreking/doorbreking.schema';
export * from './doorbreking/route-4c';
export * from './doorbreking/voorstel';
export * from './doorbreking/werkvoorraad';
export * from './dossieraantekening/dossieraantekening.schema';
export * from './dossieraantekening/leesbaar';
export * from './functiescheiding/functiescheiding';
export * from './functiescheiding/opdracht-rollen';
export * from './grondslag/grondslag';
export * from './grondslag/grondslag.schema';
export * from './informeren-achteraf/brief';
export * from './informeren-achteraf/informeren-achteraf';
export * from './informeren-achteraf/informeren-achteraf.schema';
export * from './overdracht/overdracht';
export * from './proces/dossierspoor';
export * from './proces/overgangen';
export * from './proces/proces';
export * from './proces/proces.schema';
export * from './proces/termijnen';
export * from './proces/volgende-actie';
export * from './professional/professional.schema';
export * from './regels/beslisgraaf';
export * from './regels/bron';
export * from './regels/regelversie';
export * from './regels/resultaat';
export { Persoonsnaam, Toelichting } from './regels/tekst';
export * from './termijnen/bewaargrens';
export * from './termijnen/klokken';
export * from './termijnen/termijnen';
export * from './termijnen/uitstel';
export * from './toestemming/toestemming';
export * from './toestemming/toestemming.schema';
export * from './toestemming/toestemming-record';
export * from './verstrekking/deelbasis';
export * from './verstrekking/meldrecht';
export * from './verstrekking/signaleringen';
export * from './verstrekking/verstrekking.schema';
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
