import { z } from 'zod';
import { Afweging, Vraag } from '../afwegingen/afweging.schema';
import { Avg, Datalek } from '../avg/avg';
import { Begrip, type BegripId } from '../begrippen/begrippen';
import { Beleid } from '../beleid/beleid.schema';
import { Beroepsgeheim } from '../beroepsgeheim/beroepsgeheim';
import { Bijlage1 } from '../bijlage-1/bijlage-1.schema';
import { Brochure } from '../bronnen/brochures';
import { Tekst } from '../bronnen/bron.schema';
import { GerechtvaardigdeReden } from '../grondslagen/gerechtvaardigde-redenen';
import { Grondslag, ToestemmingsEis } from '../grondslagen/grondslagen';
import { Vertegenwoordiging } from '../vertegenwoordiging/vertegenwoordiging';
import { Visie } from '../vuistregels/visie';
import { Vuistregel } from '../vuistregels/vuistregels';
import { ChangelogRegel, VersieNummer } from './changelog';

const HandleidingBasis = z
  .object({
    versie: VersieNummer,
    datum: z.iso.date(),
    document: z.object({ titel: Tekst, uitgever: Tekst, website: Tekst, opmerking: Tekst }).strict(),
    changelog: z.array(ChangelogRegel).min(1),
    visie: Visie,
    vuistregels: z.array(Vuistregel).length(10),
    afwegingen: z.array(Afweging).length(6),
    vijfVragenAfweging4a: z.array(Vraag).length(5),
    vragenAfweging4b: z.array(Vraag).min(1),
    grondslagen: z.array(Grondslag).length(6),
    toestemmingsEisen: z.array(ToestemmingsEis).length(4),
    gerechtvaardigdeRedenen: z.array(GerechtvaardigdeReden).length(3),
    beroepsgeheim: Beroepsgeheim,
    vertegenwoordiging: Vertegenwoordiging,
    bijlage1: Bijlage1,
    avg: Avg,
    datalek: Datalek,
    begrippen: z.array(Begrip).min(1),
    brochures: z.array(Brochure).min(1),
    standaardBeleid: Beleid,
  })
  .strict();

type HandleidingInvoer = z.infer<typeof HandleidingBasis>;

/** Collects every glossary reference (`begrippen` and `zieOok`) anywhere in the data. */
export function verwezenBegrippen(waarde: unknown): Set<BegripId> {
  const gevonden = new Set<BegripId>();
  const loop = (w: unknown): void => {
    if (Array.isArray(w)) {
      for (const x of w) loop(x);
      return;
    }
    if (w === null || typeof w !== 'object') return;
    for (const [sleutel, x] of Object.entries(w)) {
      if ((sleutel === 'begrippen' || sleutel === 'zieOok') && Array.isArray(x)) {
        for (const id of x) if (typeof id === 'string') gevonden.add(id as BegripId);
      } else {
        loop(x);
      }
    }
  };
  loop(waarde);
  return gevonden;
}

/** Cross-references a single schema cannot see; Dutch messages, empty when all is consistent. */
export function controleerVerwijzingen(h: HandleidingInvoer): string[] {
  const fouten: string[] = [];
  const dubbel = <T>(lijst: T[], naam: string) => {
    const gezien = new Set<T>();
    for (const x of lijst) {
      if (gezien.has(x)) fouten.push(`${naam} '${String(x)}' komt twee keer voor.`);
      gezien.add(x);
    }
    return gezien;
  };

  const begripIds = dubbel(
    h.begrippen.map((b) => b.id),
    'Begrip',
  );
  const zonderBegrippen = { ...h, begrippen: [] };
  for (const id of verwezenBegrippen(zonderBegrippen)) {
    if (!begripIds.has(id))
      fouten.push(`Begrip '${id}' wordt gebruikt maar staat niet in de begrippenlijst.`);
  }
  for (const b of h.begrippen) {
    for (const id of b.zieOok) {
      if (!begripIds.has(id)) fouten.push(`Begrip '${b.id}' verwijst naar onbekend begrip '${id}'.`);
    }
  }

  const afwegingIds = dubbel(
    h.afwegingen.map((a) => a.id),
    'Afweging',
  );
  for (const a of h.afwegingen) {
    for (const n of a.nodes) {
      if (n.soort !== 'uitkomst') continue;
      for (const v of n.vervolg) {
        if (!afwegingIds.has(v.afweging))
          fouten.push(`Uitkomst '${n.id}' verwijst naar onbekende afweging ${v.afweging}.`);
      }
    }
  }

  dubbel(
    h.grondslagen.map((g) => g.nummer),
    'Grondslagnummer',
  );
  dubbel(
    h.grondslagen.map((g) => g.id),
    'Grondslag',
  );
  dubbel(
    h.vuistregels.map((v) => v.nummer),
    'Vuistregel',
  );

  const b1 = h.bijlage1;
  const domeinIds = dubbel(
    b1.domeinen.map((d) => d.id),
    'Domein',
  );
  const petDomein = new Map(b1.petten.map((p) => [p.id, p.domein]));
  dubbel(
    b1.petten.map((p) => p.id),
    'Pet',
  );
  const categorieIds = new Set(b1.gegevenscategorieen.map((c) => c.id));
  const ontvangerIds = new Set(b1.ontvangers.map((o) => o.id));
  const regelPetten = dubbel(
    b1.regels.map((r) => r.pet),
    'Bijlage 1-regel voor pet',
  );
  for (const p of b1.petten) {
    if (!domeinIds.has(p.domein)) fouten.push(`Pet '${p.id}' hoort bij onbekend domein '${p.domein}'.`);
    if (!regelPetten.has(p.id)) fouten.push(`Pet '${p.id}' heeft geen regel in bijlage 1.`);
  }
  for (const r of b1.regels) {
    if (petDomein.get(r.pet) !== r.domein) {
      fouten.push(
        `Regel voor pet '${r.pet}' staat onder domein '${r.domein}', de pet hoort bij '${petDomein.get(r.pet)}'.`,
      );
    }
    if (r.verwijstNaar !== null && !regelPetten.has(r.verwijstNaar)) {
      fouten.push(`Regel voor pet '${r.pet}' verwijst naar onbekende pet '${r.verwijstNaar}'.`);
    }
    for (const d of [...r.welDelen, ...r.nietDelen]) {
      if (!categorieIds.has(d.categorie))
        fouten.push(`Regel '${r.pet}': categorie '${d.categorie}' is niet beschreven.`);
    }
    const alleOntvangers = [...r.welDelen.flatMap((d) => d.met), ...r.routes.flatMap((x) => x.ontvangers)];
    for (const o of alleOntvangers) {
      if (!ontvangerIds.has(o)) fouten.push(`Regel '${r.pet}': ontvanger '${o}' is niet beschreven.`);
    }
  }

  if (!h.changelog.some((c) => c.versie === h.versie)) {
    fouten.push(`De changelog heeft geen regel voor versie ${h.versie}.`);
  }
  return fouten;
}

/** One complete, self-consistent version of the handbook content. */
export const Handleiding = HandleidingBasis.superRefine((h, ctx) => {
  for (const fout of controleerVerwijzingen(h)) ctx.addIssue({ code: 'custom', message: fout });
});
export type Handleiding = z.infer<typeof Handleiding>;
