import { z } from 'zod';

/**
 * Where a doorbreking stands (afweging 4a/4c). The domain moves between them; screens show the
 * labels. Stored in process state, so a value never changes meaning.
 */
export const DoorbrekingFaseId = z.enum([
  'voorstel',
  'collegiale-toetsing',
  'akkoord',
  'akkoord-achteraf',
  'akkoord-gegeven',
]);
export type DoorbrekingFaseId = z.infer<typeof DoorbrekingFaseId>;

export const doorbrekingFaseLabel: Record<DoorbrekingFaseId, string> = {
  voorstel: 'Voorstel wordt opgesteld',
  'collegiale-toetsing': 'Bij de deskundige collega',
  akkoord: 'Bij de leidinggevende',
  'akkoord-achteraf': 'Acuut gedeeld, akkoord volgt',
  'akkoord-gegeven': 'Akkoord gegeven',
};

/** What may outweigh the duty to keep silent when the client does not agree (afweging 4a). */
export const DoorbrekingGrondId = z.enum(['conflict-van-plichten', 'vitaal-belang']);
export type DoorbrekingGrondId = z.infer<typeof DoorbrekingGrondId>;

export const doorbrekingGrondLabel: Record<DoorbrekingGrondId, string> = {
  'conflict-van-plichten': 'Conflict van plichten',
  'vitaal-belang': 'Vitaal belang',
};

/** The deskundige collega's advice on a proposal (collegiale toetsing). */
export const ToetsingOordeelId = z.enum(['eens', 'oneens']);
export type ToetsingOordeelId = z.infer<typeof ToetsingOordeelId>;

export const toetsingOordeelLabel: Record<ToetsingOordeelId, string> = {
  eens: 'Eens met het voorstel',
  oneens: 'Niet eens met het voorstel',
};

/** The leidinggevende's decision on a doorbreking: signed, or refused. */
export const AkkoordBesluitId = z.enum(['akkoord', 'afgewezen']);
export type AkkoordBesluitId = z.infer<typeof AkkoordBesluitId>;

export const akkoordBesluitLabel: Record<AkkoordBesluitId, string> = {
  akkoord: 'Akkoord: ik onderteken de doorbreking',
  afgewezen: 'Geen akkoord: er wordt niet gedeeld',
};

/** The same two decisions, about postponing informeren achteraf. */
export const uitstelBesluitLabel: Record<AkkoordBesluitId, string> = {
  akkoord: 'Akkoord: de cliënt hoort het later, tot de gevraagde datum',
  afgewezen: 'Geen akkoord: de cliënt hoort het binnen de gewone termijn',
};
