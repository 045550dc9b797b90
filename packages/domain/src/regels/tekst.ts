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
