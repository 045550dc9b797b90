/**
 * The invitation workflow as other apps see it. The API starts it when the beheerder invites (or sends
 * a new link); the worker makes the token and mails the link. Its history holds the account id, the
 * link's volgnummer and its expiry — never the token, which exists only inside the activity.
 * Its input is `UitnodigingWorkflowInput` (./invoer: zod, versioned).
 */
export const UITNODIGING_WORKFLOW = 'uitnodigingWorkflow';

/** One workflow per link: a new link is a new run, a double start of the same link is one. */
export const uitnodigingWorkflowId = (gebruikerId: string, volgnummer: number) =>
  `uitnodiging-${gebruikerId}-${volgnummer}`;

/**
 * How it ended: mailed; not sent (the mail server refused, or it kept failing until the link expired);
 * or withdrawn before it was sent (a newer link, a deactivated account, already used).
 */
export interface UitnodigingUitkomst {
  status: 'verstuurd' | 'niet-verstuurd' | 'ingetrokken';
  verstuurdOp?: string;
}
