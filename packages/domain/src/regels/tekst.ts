import { z } from 'zod';

/** The professional's own words with a step; the file must say why, so a few letters at least. */
export const Toelichting = z
  .string()
  .trim()
  .min(5, 'Licht uw antwoord toe in minstens 5 tekens.')
  .max(4000, 'De toelichting is te lang (hoogstens 4000 tekens).');

/** A yes/no answer as the dossieraantekening writes it. */
export const jaNee = (ja: boolean): string => (ja ? 'ja' : 'nee');

/** Likewise for a question the graph did not reach (an earlier answer was no). */
export const jaNeeOfNietGevraagd = (ja: boolean | undefined): string =>
  ja === undefined ? 'niet gevraagd' : jaNee(ja);

// Any control character (tab and line breaks too) and the bidi controls that make a name display
// otherwise than it is stored; a name needs none of them. Joiners (ZWJ, ZWNJ) stay: some scripts need them.
const ONZICHTBAAR_IN_NAAM = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** The name of a person (client, representative, account): one line of visible text. */
export const Persoonsnaam = (leeg: string, teLang = 'De naam is te lang (hoogstens 200 tekens).') =>
  z
    .string()
    .trim()
    .min(2, leeg)
    .max(200, teLang)
    .refine(
      (naam) => !ONZICHTBAAR_IN_NAAM.test(naam),
      'Een naam past op één regel en bevat geen onzichtbare stuurtekens (zoals een tab of regelovergang). Typ de naam opnieuw.',
    );
