import { vergelijkVersies } from '@deelwijs/content/versie/changelog';

/**
 * The rules a process runs under are those of the content version it carries: pinned when it
 * starts, written into every dossieraantekening, kept until it closes. A rule whose verdict changes
 * keeps its old branch and takes the new one only from the content version that publishes it —
 *
 *   if (geldtVanaf(p.deelverzoek.contentVersie, '2026.1.0')) return nieuweRegel(…);
 *
 * — so a running process keeps the rules it started under, its history replays as it was recorded,
 * and its file still says which rules applied. See apps/worker/README.md.
 */
export const geldtVanaf = (contentVersie: string, vanaf: string): boolean =>
  vergelijkVersies(contentVersie, vanaf) >= 0;

/**
 * From this content version on, a doorbreking goes in separate steps (conversation, grond and the
 * five questions, a review from the pool or by name, uitstel asked and decided apart) and every
 * command is bound to roles. A process of an older version keeps the rules and command shapes it
 * started with, so its history replays as recorded.
 */
export const DOORBREKING_IN_STAPPEN = '2025.2.0';

/** Whether this process follows the doorbreking rules of `DOORBREKING_IN_STAPPEN`. */
export const doorbrekingInStappen = (p: { deelverzoek: { contentVersie: string } }): boolean =>
  geldtVanaf(p.deelverzoek.contentVersie, DOORBREKING_IN_STAPPEN);
