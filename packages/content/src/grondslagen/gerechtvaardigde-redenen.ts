import { z } from 'zod';
import { Bron, bron, Tekst, WetsArtikel } from '../bronnen/bron.schema';

/** The three reasons that allow not telling the client beforehand (afweging 4b; UAVG art. 41). */
export const GerechtvaardigdeRedenId = z.enum([
  'voorkomen-strafbare-feiten',
  'bescherming-betrokkene',
  'rechten-en-vrijheden-anderen',
]);
export type GerechtvaardigdeRedenId = z.infer<typeof GerechtvaardigdeRedenId>;

export const GerechtvaardigdeReden = z
  .object({
    id: GerechtvaardigdeRedenId,
    naam: Tekst,
    uitleg: Tekst,
    voorbeeld: Tekst,
    wetsartikel: WetsArtikel,
    bron: Bron,
  })
  .strict();
export type GerechtvaardigdeReden = z.infer<typeof GerechtvaardigdeReden>;

const REDENEN = bron('4', 'Afweging 4b', 8);

export const gerechtvaardigdeRedenen: GerechtvaardigdeReden[] = [
  {
    id: 'voorkomen-strafbare-feiten',
    naam: 'Strafbare feiten voorkomen',
    uitleg: 'Als je de cliënt vooraf inlicht, wordt een misdrijf waarschijnlijker of moeilijker te stoppen.',
    voorbeeld: 'Een huisgenoot die geweld gebruikt, hoort via de cliënt dat er een melding komt.',
    wetsartikel: {
      wet: 'UAVG',
      artikel: '41 lid 1 onder c',
      onderwerp: 'voorkomen en opsporen van strafbare feiten',
    },
    bron: REDENEN,
  },
  {
    id: 'bescherming-betrokkene',
    naam: 'De cliënt zelf beschermen',
    uitleg: 'Vooraf inlichten brengt de cliënt zelf in gevaar of maakt zijn situatie ernstig slechter.',
    voorbeeld: 'Een kwetsbare oudere wordt thuis mishandeld en de pleger merkt elke verandering op.',
    wetsartikel: { wet: 'UAVG', artikel: '41 lid 1 onder h', onderwerp: 'bescherming van de betrokkene' },
    bron: REDENEN,
  },
  {
    id: 'rechten-en-vrijheden-anderen',
    naam: 'Rechten en vrijheden van anderen beschermen',
    uitleg: 'Vooraf inlichten brengt een ander in gevaar, bijvoorbeeld een kind of een melder.',
    voorbeeld: 'Een gezinslid dat zorgen heeft gemeld, zou door het inlichten bekend en bedreigd worden.',
    wetsartikel: { wet: 'UAVG', artikel: '41 lid 1 onder h', onderwerp: 'rechten en vrijheden van anderen' },
    bron: REDENEN,
  },
];

/** When the client is not told beforehand, telling afterwards is still due (AVG art. 14(3)). */
export const informerenAchterafRegel =
  'Als je de cliënt niet vooraf hebt ingelicht, vertel je het hem achteraf zo snel als het kan: binnen een redelijke termijn en uiterlijk binnen een maand (AVG art. 14 lid 3). Uitstellen mag alleen zolang een gerechtvaardigde reden dat nodig en evenredig maakt (UAVG art. 41).';
