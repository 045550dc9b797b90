import type { HerinneringSoortId } from '@deelwijs/content';

/** Reminder texts live in content by kind (the dashboard shows them from there too). */
export { herinneringTekst } from '@deelwijs/content';
export type HerinneringSoort = HerinneringSoortId;
