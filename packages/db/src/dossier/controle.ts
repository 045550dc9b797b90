import { asc, desc, eq } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { schrijfLogRijen } from '../queries/verwerkingslog';
import { dossieraantekeningen, dossiercontrolepunten, dossierketens, dossierverwijderingen } from '../schema';
import type { LogRijen } from '../verwerkingslog/rijen';
import { BEGIN_HASH, type Controlepunt, handtekeningKlopt, ketenHash, onderteken } from './keten';

export type BevindingSoort =
  | 'gewijzigd'
  | 'verwijderd'
  | 'volgorde'
  | 'niet-geketend'
  | 'kop-wijkt-af'
  | 'controlepunt-wijkt-af'
  | 'controlepunt-ongeldig';

/** One thing the verification found wrong in a client's chain, named so a person can look it up. */
export interface Bevinding {
  clientId: string;
  soort: BevindingSoort;
  aantekeningId?: string;
  ketenVolgnummer?: number;
  uitleg: string;
}

type Rij = typeof dossieraantekeningen.$inferSelect;

/** A retention removal on record (its tombstone), as the verification reports it. */
export interface Verwijdering {
  verwijderingId: string;
  clientId: string;
  aantal: number;
  vanVolgnummer: number;
  totVolgnummer: number;
  verwijderdOp: string;
}

interface Keten {
  clientId: string;
  rijen: Rij[];
  kop?: { aantal: number; laatsteHash: string };
  controlepunt?: Controlepunt & { handtekening: string };
  /** The newest tombstone: the chain begins after its last removed entry. */
  verwijdering?: { totVolgnummer: number; laatsteHash: string };
}

/**
 * Recomputes one client's chain and names every entry that was altered, removed or moved, and a
 * chain whose end disagrees with its head or with the last signed checkpoint (newest entries or the
 * whole chain deleted). After a retention removal the chain begins where its tombstone says, and a
 * checkpoint of the removed part counts as covered by it. Pure: the caller reads the rows.
 */
export function controleerKeten(keten: Keten, sleutel: Buffer): Bevinding[] {
  const { clientId } = keten;
  const anker = keten.verwijdering
    ? { volgnummer: keten.verwijdering.totVolgnummer, hash: keten.verwijdering.laatsteHash }
    : { volgnummer: 0, hash: BEGIN_HASH };
  const bevindingen: Bevinding[] = [];
  const vind = (soort: BevindingSoort, uitleg: string, rij?: Rij, ketenVolgnummer = rij?.ketenVolgnummer) =>
    bevindingen.push({
      clientId,
      soort,
      uitleg,
      ...(rij ? { aantekeningId: rij.id } : {}),
      ...(ketenVolgnummer != null ? { ketenVolgnummer } : {}),
    });

  for (const rij of keten.rijen.filter((r) => r.ketenVolgnummer == null || !r.hash || !r.vorigeHash))
    vind(
      'niet-geketend',
      'Deze aantekening staat niet in de keten: ze is buiten Deelwijs om toegevoegd.',
      rij,
    );
  const rijen = keten.rijen
    .filter((r) => r.ketenVolgnummer != null && r.hash && r.vorigeHash)
    .sort((a, b) => a.ketenVolgnummer! - b.ketenVolgnummer!);
  const hashes = new Set(rijen.map((r) => r.hash));
  rijen.forEach((rij, i) => {
    if (ketenHash(rij, rij.vorigeHash!) !== rij.hash)
      vind('gewijzigd', 'De inhoud van deze aantekening is veranderd nadat ze was vastgelegd.', rij);
    const vorige = i === 0 ? anker.hash : rijen[i - 1]!.hash;
    if (rij.vorigeHash === vorige) return;
    if (rij.vorigeHash === BEGIN_HASH || rij.vorigeHash === anker.hash || hashes.has(rij.vorigeHash))
      vind('volgorde', 'Deze aantekening staat niet meer direct na de aantekening waaraan ze vastzit.', rij);
    else
      vind(
        'verwijderd',
        'De aantekening die hiervóór stond, is verwijderd of vervangen.',
        undefined,
        rij.ketenVolgnummer! - 1,
      );
  });

  const laatste = rijen.at(-1);
  const aantal = laatste?.ketenVolgnummer ?? anker.volgnummer;
  const eind = laatste?.hash ?? anker.hash;
  if (keten.kop && (keten.kop.aantal !== aantal || keten.kop.laatsteHash !== eind))
    vind(
      'kop-wijkt-af',
      keten.kop.aantal > aantal
        ? `De keten hoort ${keten.kop.aantal} aantekeningen te hebben, er zijn er ${aantal}: de laatste zijn verwijderd.`
        : 'Het einde van de keten klopt niet met de vastgelegde kop.',
      undefined,
      keten.kop.aantal,
    );
  const punt = keten.controlepunt;
  if (punt) {
    if (!handtekeningKlopt(punt, punt.handtekening, sleutel))
      vind('controlepunt-ongeldig', 'Het laatste controlepunt is niet door Deelwijs ondertekend.');
    else if (
      !rijen.some((r) => r.ketenVolgnummer === punt.aantal && r.hash === punt.hash) &&
      !(punt.aantal < anker.volgnummer || (punt.aantal === anker.volgnummer && punt.hash === anker.hash))
    )
      vind(
        'controlepunt-wijkt-af',
        `Bij het controlepunt van ${new Date(punt.op).toISOString()} had de keten ${punt.aantal} aantekeningen; die stand is er niet meer.`,
        undefined,
        punt.aantal,
      );
  }
  return bevindingen;
}

export interface Controleuitslag {
  gecontroleerdOp: string;
  clienten: number;
  aantekeningen: number;
  bevindingen: Bevinding[];
  nieuweControlepunten: number;
  /** Every retention removal of the chains checked: where a chain now begins, and why it may. */
  verwijderingen: Verwijdering[];
}

export interface ControleOpties {
  clientId?: string;
  nu?: string;
  /**
   * The rows of both logs for reading these clients' files (whoever runs the check: the privacy
   * officer, the worker, the CLI). Written with the checkpoints: a check that read a file is on record.
   */
  log?: (clientIds: readonly string[]) => LogRijen;
}

/**
 * Verifies every chain (or one client's) and signs a new checkpoint for each chain found intact
 * that grew since its last one. Reads with the application's own rights; writes only checkpoints
 * and, with `log`, one row per client read in the verwerkingslog and the toegangslog.
 */
export async function controleerDossier(
  db: Db,
  sleutel: Buffer,
  opties: ControleOpties = {},
): Promise<Controleuitslag> {
  const nu = opties.nu ?? new Date().toISOString();
  const filter = (kolom: AnyPgColumn) => (opties.clientId ? eq(kolom, opties.clientId) : undefined);
  const [rijen, koppen, punten, verwijderingen] = await Promise.all([
    db
      .select()
      .from(dossieraantekeningen)
      .where(filter(dossieraantekeningen.clientId))
      .orderBy(asc(dossieraantekeningen.clientId), asc(dossieraantekeningen.ketenVolgnummer)),
    db.select().from(dossierketens).where(filter(dossierketens.clientId)),
    // The newest checkpoint per client.
    db
      .selectDistinctOn([dossiercontrolepunten.clientId])
      .from(dossiercontrolepunten)
      .where(filter(dossiercontrolepunten.clientId))
      .orderBy(dossiercontrolepunten.clientId, desc(dossiercontrolepunten.op)),
    db
      .select()
      .from(dossierverwijderingen)
      .where(filter(dossierverwijderingen.clientId))
      .orderBy(asc(dossierverwijderingen.clientId), asc(dossierverwijderingen.totVolgnummer)),
  ]);
  const ketens = new Map<string, Keten>();
  const keten = (clientId: string) => {
    if (!ketens.has(clientId)) ketens.set(clientId, { clientId, rijen: [] });
    return ketens.get(clientId)!;
  };
  for (const r of rijen) keten(r.clientId).rijen.push(r);
  for (const k of koppen) keten(k.clientId).kop = k;
  for (const p of punten) keten(p.clientId).controlepunt = p;
  for (const v of verwijderingen) keten(v.clientId).verwijdering = v; // the newest last

  const bevindingen: Bevinding[] = [];
  const nieuw: Array<typeof dossiercontrolepunten.$inferInsert> = [];
  for (const k of ketens.values()) {
    const eigen = controleerKeten(k, sleutel);
    bevindingen.push(...eigen);
    const laatste = k.rijen.filter((r) => r.hash).at(-1);
    if (eigen.length > 0 || !laatste || k.controlepunt?.hash === laatste.hash) continue;
    const punt = { clientId: k.clientId, aantal: laatste.ketenVolgnummer!, hash: laatste.hash!, op: nu };
    nieuw.push({ ...punt, handtekening: onderteken(punt, sleutel) });
  }
  const log = opties.log?.([...ketens.keys()]);
  if (nieuw.length > 0 || log)
    await db.transaction(async (tx) => {
      if (nieuw.length > 0) await tx.insert(dossiercontrolepunten).values(nieuw).onConflictDoNothing();
      if (log) await schrijfLogRijen(tx, log);
    });
  return {
    gecontroleerdOp: nu,
    clienten: ketens.size,
    aantekeningen: rijen.length,
    bevindingen,
    nieuweControlepunten: nieuw.length,
    verwijderingen: verwijderingen.map((v) => ({
      verwijderingId: v.id,
      clientId: v.clientId,
      aantal: v.aantal,
      vanVolgnummer: v.vanVolgnummer,
      totVolgnummer: v.totVolgnummer,
      verwijderdOp: new Date(v.verwijderdOp).toISOString(),
    })),
  };
}
