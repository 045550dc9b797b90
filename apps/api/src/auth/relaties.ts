import type { Relatie } from '@deelwijs/contract';
import { naarMedewerker } from '@deelwijs/contract';
import { type DeelverzoekProces, werkVoorMedewerker } from '@deelwijs/domain';
import { alleenPoolweergave } from '../features/toegang';
import type { Gebruiker } from './gebruiker';

/** What the policy needs of one deelverzoek: its team, its process snapshot, and whether this person acted on it. */
export interface DeelverzoekFeiten {
  team: string;
  proces: DeelverzoekProces | null;
  gehandeld: boolean;
  /** Deelwijs sent this person a reminder or escalation about it. */
  aangeschreven: boolean;
}

const zelfde = (a: string | undefined, b: string) => a !== undefined && a.trim() === b.trim();

/** The privacy officer's relations hold for any team; what they open is up to each row. */
const toezicht = (g: Gebruiker): Relatie[] =>
  g.rollen.includes('privacy-officer') ? ['toezicht', 'met-reden'] : [];

/** How this person stands to a client (or a consent of that client): team, or toezicht. */
export function relatiesMetClient(g: Gebruiker, team: string): Set<Relatie> {
  return new Set<Relatie>([...toezicht(g), ...(team === g.team ? (['eigen-team'] as const) : [])]);
}

/** Asked by name, took it from the pool, or gave the review (of this or an earlier proposal). */
function isToetser(g: Gebruiker, p: DeelverzoekProces | null, gehandeld: boolean): boolean {
  const a4 = p?.afweging4;
  if (a4) {
    const t = a4.toetsingsverzoek?.toetser;
    if (t?.soort === 'collega' && zelfde(t.gebruikerId, g.id)) return true;
    if (zelfde(a4.collegialeToetsing?.door.gebruikerId, g.id)) return true;
    if (a4.eerdereToetsingen.some((e) => zelfde(e.door.gebruikerId, g.id))) return true;
  }
  // A deskundige collega without casework gives only reviews: acting on it means reviewing it.
  return gehandeld && g.rollen.includes('deskundige-collega') && !g.rollen.includes('casemanager');
}

/**
 * Their signature or uitstel decision is awaited now (the werkvoorraad's rule), or they gave one, or
 * Deelwijs escalated it to them (an overdue review or client notification): asked to see to it, they
 * must be able to open it.
 */
function isOndertekenaar(g: Gebruiker, p: DeelverzoekProces | null, d: DeelverzoekFeiten): boolean {
  const { gehandeld } = d;
  if (d.aangeschreven && g.rollen.includes('leidinggevende')) return true;
  if (!p) return false;
  const werk = werkVoorMedewerker(p, naarMedewerker(g));
  if (werk === 'akkoord' || werk === 'akkoord-achteraf' || werk === 'uitstel-beoordelen') return true;
  if (zelfde(p.afweging4?.akkoord?.door.gebruikerId, g.id)) return true;
  if (p.uitstel.some((u) => zelfde(u.goedgekeurdDoor.gebruikerId, g.id))) return true;
  // A leidinggevende without casework only signs and decides on uitstel (a refusal leaves no uitstel).
  return gehandeld && g.rollen.includes('leidinggevende') && !g.rollen.includes('casemanager');
}

/**
 * How this person stands to this deelverzoek. Another team's deelverzoek gives only the privacy
 * officer's relations. A review in the pool that this collega has yet to take gives `pool` and
 * nothing else, even to a casemanager of the team: the weighing stays closed until they take it.
 */
export function relatiesMetDeelverzoek(g: Gebruiker, d: DeelverzoekFeiten): Set<Relatie> {
  const rel = new Set<Relatie>(toezicht(g));
  if (d.team !== g.team) return rel;
  if (alleenPoolweergave(g, d.proces)) return rel.add('pool');
  rel.add('eigen-team');
  if (isToetser(g, d.proces, d.gehandeld)) rel.add('toetser');
  if (isOndertekenaar(g, d.proces, d)) rel.add('ondertekenaar');
  return rel;
}
