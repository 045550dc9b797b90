import type { BeheerWerkGroepId } from '@deelwijs/content';
import type { Account, Team } from '@deelwijs/contract';

/** One account that asks something of the beheerder, with the moment that presses (if any). */
export interface BeheerItem {
  account: Account;
  /** Until when (or since when) the invitation link works; null when no link is involved. */
  termijn: string | null;
}

export interface BeheerGroep {
  groep: BeheerWerkGroepId;
  items: BeheerItem[];
}

const op = (iso: string | null) => (iso === null ? Number.POSITIVE_INFINITY : Date.parse(iso));

/**
 * The beheerder's werkvoorraad from the accounts and teams: invitations whose link expired or whose
 * mail could not be sent (the person cannot get in; invite again), invitations still open (the one that expires soonest first),
 * and accounts in a team that no longer exists (their work reaches no team). Deactivated accounts ask
 * nothing.
 */
export function beheerWerkInGroepen(
  accounts: Account[],
  teams: Pick<Team, 'id'>[],
  nu: number,
): BeheerGroep[] {
  const bestaand = new Set(teams.map((t) => t.id));
  const uitgenodigd = accounts
    .filter((a) => a.status === 'uitgenodigd')
    .sort((a, b) => op(a.uitnodigingVerlooptOp) - op(b.uitnodigingVerlooptOp));
  // A mail that could not be sent asks the same as an expired link: send a new one.
  const verlopen = (a: Account) =>
    a.uitnodigingVerlooptOp === null ||
    Date.parse(a.uitnodigingVerlooptOp) <= nu ||
    a.uitnodiging?.status === 'niet-verstuurd';
  const groepen: BeheerGroep[] = [
    {
      groep: 'uitnodiging-verlopen',
      items: uitgenodigd.filter(verlopen).map((a) => ({ account: a, termijn: a.uitnodigingVerlooptOp })),
    },
    {
      groep: 'uitnodiging-open',
      items: uitgenodigd
        .filter((a) => !verlopen(a))
        .map((a) => ({ account: a, termijn: a.uitnodigingVerlooptOp })),
    },
    {
      groep: 'zonder-team',
      items: accounts
        .filter((a) => a.status !== 'gedeactiveerd' && !bestaand.has(a.team))
        .map((a) => ({ account: a, termijn: null })),
    },
  ];
  return groepen.filter((g) => g.items.length > 0);
}
