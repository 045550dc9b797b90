import { z } from 'zod';
import { Bron, bron, Tekst } from '../bronnen/bron.schema';

export const Visiepunt = z.object({ nummer: z.number().int().positive(), tekst: Tekst }).strict();
export type Visiepunt = z.infer<typeof Visiepunt>;

export const Visie = z
  .object({
    punten: z.array(Visiepunt).min(1),
    transparantie: Tekst,
    opmerkingen: z.array(Tekst).min(1),
    bron: Bron,
    bronOpmerkingen: Bron,
  })
  .strict();
export type Visie = z.infer<typeof Visie>;

/** Zutphen's vision on handling information, and the key remarks of chapter 2. */
export const visie: Visie = {
  punten: [
    { nummer: 1, tekst: 'We werken voor de inwoner: hij komt op de eerste plaats.' },
    {
      nummer: 2,
      tekst:
        'We steunen de cliënt om zijn leven in te richten zoals hij dat wil. We gaan uit van zijn vraag en vullen aan wat hij en zijn familie, vrienden en buren zelf kunnen.',
    },
    {
      nummer: 3,
      tekst:
        'We werken in samenhang: we kijken naar het hele vraagstuk en werken over de grenzen van vakgebieden en organisaties heen met andere professionals samen.',
    },
    {
      nummer: 4,
      tekst:
        'In gezinnen, overleggen met meerdere disciplines en netwerken gebruiken we inzichten uit de systeemtheorie.',
    },
    {
      nummer: 5,
      tekst:
        'We bieden veiligheid: we zijn betrouwbaar, respecteren de privacy van de inwoner en doen wat nodig is om kwetsbare mensen tegen geweld te beschermen.',
    },
    { nummer: 6, tekst: 'We leveren goede kwaliteit tegen redelijke kosten: resultaatgericht en efficiënt.' },
  ],
  transparantie:
    'Betrek de cliënt zoveel mogelijk als je zijn gegevens verwerkt. Leg uit hoe je dat doet, waarom, door wie en met wie, en wat zijn rechten zijn. Nodig de cliënt of zijn familie zo mogelijk uit bij overleg met andere professionals.',
  opmerkingen: [
    'Verzamel niet meer gegevens dan nodig is om de vraag van de cliënt af te handelen. Vertelt de cliënt iets wat niets met zijn vraag te maken heeft, sla dat dan niet op en deel het niet.',
    'Deel alleen wat de ander echt nodig heeft om zijn werk goed te doen, en alleen als dat kan, mag of moet.',
    'Ook met toestemming weeg je af of delen relevant en zinvol is. Toestemming telt alleen als die in vrijheid is gegeven; een gemeente kan daarom in de regel niet op toestemming steunen.',
  ],
  bron: bron('1', 'Inleiding: onze visie op informatieverwerking', 2, 3),
  bronOpmerkingen: bron('2', 'Enkele belangrijke opmerkingen', 3),
};
