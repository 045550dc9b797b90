/**
 * How a list, a reminder or a mail names one deelverzoek among a client's several without its doel:
 * the first characters of its id. Enough to tell two apart; no client data.
 */
export const kortNummer = (deelverzoekId: string): string => deelverzoekId.slice(0, 8);
