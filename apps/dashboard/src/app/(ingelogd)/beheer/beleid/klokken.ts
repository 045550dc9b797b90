import type { Beleid, Duur } from '@deelwijs/content';

/** One clock of a policy by its path (`uitstel.maximaal`): a duration, or the list of reminders. */
export function opPad(beleid: Beleid, pad: string): Duur | Duur[] {
  const [groep, naam] = pad.split('.') as [keyof Beleid, string];
  return (beleid[groep] as unknown as Record<string, Duur | Duur[]>)[naam]!;
}
