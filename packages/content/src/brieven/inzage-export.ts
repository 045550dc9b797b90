import { z } from 'zod';
import { Tekst } from '../bronnen/bron.schema';

/**
 * The sentences of "Wat is er over mij gedeeld?" as a document for the client (AVG art. 15). A
 * client reads it, so it is written at taalniveau B1: short sentences, "u", the facts in lists. The
 * API fills in the facts of the export; every sentence comes from here. The client's rights are
 * those of the letter informing them afterwards (`briefInformerenAchterafTekst.rechten`).
 */
export const InzageExportTekst = z
  .object({
    titel: Tekst,
    inleiding: Tekst,
    opgesteld: Tekst,
    gedeeld: z.object({ kop: Tekst, geen: Tekst, uitleg: Tekst }).strict(),
    velden: z
      .object({
        wat: Tekst,
        metWie: Tekst,
        hoe: Tekst,
        waarom: Tekst,
        grondslag: Tekst,
        route: Tekst,
        vooraf: Tekst,
        door: Tekst,
      })
      .strict(),
    vooraf: z.object({ ja: Tekst, nee: Tekst }).strict(),
    route: z
      .object({
        toestemming: Tekst,
        'grondslag-zonder-toestemming': Tekst,
        meldrecht: Tekst,
        doorbreking: Tekst,
        'doorbreking-acuut': Tekst,
      })
      .strict(),
    ingezien: z.object({ kop: Tekst, geen: Tekst, uitleg: Tekst, reden: Tekst, systeem: Tekst }).strict(),
    /** What was done, by the access log's `handeling` (a route of the API or the worker's step). */
    handelingen: z.record(z.string(), Tekst),
    handelingOnbekend: Tekst,
    rechtenKop: Tekst,
  })
  .strict();
export type InzageExportTekst = z.infer<typeof InzageExportTekst>;

export const inzageExportTekst: InzageExportTekst = {
  titel: 'Wat is er over u gedeeld?',
  inleiding:
    'U vroeg ons welke gegevens wij over u aan anderen gaven, en wie uw dossier heeft bekeken. In dit overzicht leest u het antwoord. Het komt rechtstreeks uit ons dossier.',
  opgesteld: 'Dit overzicht is gemaakt op {datum}. Uw kenmerk bij ons is {pseudoniem}.',
  gedeeld: {
    kop: 'Welke gegevens wij deelden',
    geen: 'Wij hebben geen gegevens over u aan anderen gegeven.',
    uitleg: 'Hieronder staat elke keer dat wij gegevens over u gaven. De oudste staat bovenaan.',
  },
  velden: {
    wat: 'Welke gegevens',
    metWie: 'Aan wie',
    hoe: 'Hoe',
    waarom: 'Waarom',
    grondslag: 'Wat de wet hierover zegt',
    route: 'Hoe wij besloten',
    vooraf: 'Wist u het vooraf?',
    door: 'Gedaan door',
  },
  vooraf: {
    ja: 'Ja, wij vertelden het u van tevoren.',
    nee: 'Nee, u hoorde het niet van tevoren.',
  },
  route: {
    toestemming: 'U (of uw vertegenwoordiger) gaf er toestemming voor.',
    'grondslag-zonder-toestemming':
      'Een wet verplicht ons of geeft ons het recht. Toestemming was niet nodig.',
    meldrecht: 'Wij maakten een melding bij Veilig Thuis. De wet geeft ons daar het recht toe.',
    doorbreking:
      'Zonder uw toestemming, omdat zwijgen tot ernstige schade kon leiden. Een collega en een leidinggevende keken mee.',
    'doorbreking-acuut':
      'Meteen, zonder uw toestemming, omdat er direct gevaar was. Een leidinggevende controleerde het daarna.',
  },
  ingezien: {
    kop: 'Wie uw dossier bekeek',
    geen: 'Niemand heeft uw dossier bekeken.',
    uitleg:
      'Elke keer dat iemand uw gegevens bekeek of er iets mee deed, schrijven wij op: wie, wanneer en in welke rol. Ook wat Deelwijs zelf automatisch deed, staat hier.',
    reden: 'Reden',
    systeem: 'Deelwijs (automatisch)',
  },
  handelingen: {
    clientenLijst: 'zag u in een lijst van cliënten',
    clientenZoekopdracht: 'vond u bij het zoeken',
    clientVinden: 'bekeek uw gegevens',
    clientDossier: 'bekeek uw dossier',
    clientToestemmingen: 'bekeek uw toestemmingen',
    clientInzageExport: 'maakte dit overzicht',
    clientInzageExportPdf: 'maakte dit overzicht',
    clientRegistreren: 'schreef u in',
    clientCorrigeren: 'vulde uw gegevens aan of verbeterde ze',
    deelverzoekenLijst: 'zag een verzoek om te delen in een lijst',
    werkvoorraad: 'zag een verzoek om te delen in de werklijst',
    deelverzoekVinden: 'bekeek een verzoek om te delen',
    deelverzoekAantekeningen: 'bekeek een verzoek om te delen',
    deelverzoekWizard: 'bekeek een verzoek om te delen',
    deelverzoekProces: 'bekeek een verzoek om te delen',
    verantwoording: 'bekeek de uitleg van een besluit',
    verantwoordingPdf: 'bekeek de uitleg van een besluit',
    briefInformerenAchteraf: 'maakte een brief aan u',
    briefInformerenAchterafPdf: 'maakte een brief aan u',
    deelverzoekStarten: 'begon een verzoek om te delen',
    opdrachtUitvoeren: 'legde een stap vast in een verzoek om te delen',
    toestemmingIntrekken: 'legde vast dat u uw toestemming introk',
    toezichtDeelverzoek: 'controleerde hoe een verzoek om te delen verliep',
    toezichtInzien: 'opende uw dossier voor controle',
    legStapVast: 'schreef een stap in uw dossier',
    // Reading the file to check that nothing in it was changed afterwards.
    dossiercontrole: 'controleerde of uw dossier onveranderd is',
    controleerDossier: 'controleerde of uw dossier onveranderd is',
    'deelwijs dossiercontrole': 'controleerde of uw dossier onveranderd is',
    verwijderVerlopen: 'verwijderde oude gegevens na de bewaartermijn',
  },
  handelingOnbekend: 'deed iets met uw gegevens',
  rechtenKop: 'Wat u nu kunt doen',
};
