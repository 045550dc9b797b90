import { z } from 'zod';

/**
 * The moments of the consent, doorbreking and informeren-achteraf clocks that send a reminder;
 * stored with each notification.
 */
export const HerinneringSoortId = z.enum([
  'toestemming-geen-poging',
  'toestemming-max-pogingen',
  'toestemming-termijn-verstreken',
  'toetsing-herinnering',
  'toetsing-pool-herinnering',
  'toetsing-escalatie',
  'akkoord-te-laat',
  'akkoord-achteraf-te-laat',
  'akkoord-achteraf-escalatie',
  'informeren-achteraf-herinnering',
  'informeren-achteraf-te-laat',
  'uitstel-herbeoordelen',
  // Appended: stored values keep their meaning.
  'deelverzoek-overgedragen',
]);
export type HerinneringSoortId = z.infer<typeof HerinneringSoortId>;

/** Reminder texts: what to do, never about whom (they also go out by e-mail). */
export const herinneringTekst: Record<HerinneringSoortId, string> = {
  'toestemming-geen-poging':
    'Voor een deelverzoek is nog geen poging gedaan om toestemming te vragen. Leg een poging vast, of sluit het deelverzoek af als delen niet meer nodig is.',
  'toestemming-max-pogingen':
    'Na het afgesproken aantal pogingen is er geen toestemming. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
  'toestemming-termijn-verstreken':
    'De termijn om toestemming te krijgen is verstreken. Beslis nu: doorloop afweging 4a of sluit het deelverzoek. Deelwijs deelt nooit vanzelf.',
  'toetsing-herinnering':
    'Een collega wacht op uw collegiale toetsing van een doorbreking. Geef uw advies met een toelichting.',
  'toetsing-pool-herinnering':
    'In de pool van uw team ligt een collegiale toetsing die nog niemand heeft opgepakt. Pak haar op als u kunt toetsen.',
  'toetsing-escalatie':
    'Een collegiale toetsing in uw team is na de termijn nog niet gedaan. Zorg dat een deskundige collega haar oppakt.',
  'akkoord-te-laat':
    'Een doorbreking wacht op uw handtekening en de termijn is voorbij. Teken of weiger met een motivering; tot dan staat zij op de lijst van de privacy officer.',
  'akkoord-achteraf-te-laat':
    'Na een acute verstrekking ontbreekt uw handtekening nog, en de termijn is voorbij. Teken of weiger nu met een motivering.',
  'akkoord-achteraf-escalatie':
    'Na een acute verstrekking is de handtekening van de leidinggevende niet binnen de termijn gekomen. Bekijk haar op de lijst van te late handtekeningen.',
  'informeren-achteraf-herinnering':
    'U deelde gegevens zonder dat de cliënt het wist. Vertel het de cliënt zo snel als het kan en leg vast hoe het ging, of vraag uitstel met een gerechtvaardigde reden.',
  'informeren-achteraf-te-laat':
    'Een cliënt in uw team is niet op tijd verteld dat er gegevens over hem of haar zijn gedeeld. Spreek de casemanager aan; dit staat nu bij de privacy officer.',
  'uitstel-herbeoordelen':
    'Het uitstel om de cliënt te informeren is voorbij. Kijk opnieuw: vertel het de cliënt nu, of vraag de leidinggevende om nieuw uitstel met een gerechtvaardigde reden.',
  'deelverzoek-overgedragen':
    'Uw leidinggevende heeft een deelverzoek aan u overgedragen. U bent nu verantwoordelijk voor de volgende stap en de termijnen. Kijk wat er nog moet gebeuren.',
};
