import { CONTENT_VERSIE, VerantwoordingDeelId, verantwoordingDeelLabel } from '@deelwijs/content';
import type { DeelverzoekView, DossieraantekeningView, LeesbareAantekeningView } from '@deelwijs/contract';
import { naamMetRol, nederlandseTijd } from '@deelwijs/domain';
import { html, stijlHash } from '../../../http/html-pagina';

export interface VerantwoordingStap extends LeesbareAantekeningView {
  versies: string;
}

export interface Verantwoording {
  titel: string;
  kenmerken: Array<[string, string]>;
  /** One part per afweging, in the order of handbook chapter 4; parts without entries are left out. */
  delen: Array<{ kop: string; stappen: VerantwoordingStap[] }>;
  /** Who signed what: the collegiale toetsing and the leidinggevende, by name, role and local time. */
  ondertekening: Array<{ wat: string; wie: string; wanneer: string; besluit: string }>;
}

const eersteWaarde = (s: LeesbareAantekeningView, naam: string) =>
  s.onderdelen.flatMap((o) => o.regels).find((r) => r.naam === naam)?.waarde;

/**
 * The account of one deelverzoek as a jurist reads it: what was weighed under which handbook
 * version, by whom and when, each afweging under its own heading with the reasoning on record, and
 * the signatures. Built only from the append-only file, rendered at read time.
 */
export function maakVerantwoording(
  deelverzoek: DeelverzoekView,
  aantekeningen: readonly DossieraantekeningView[],
  gemaaktOp: string,
): Verantwoording {
  const delen = VerantwoordingDeelId.options.flatMap((deel) => {
    const stappen = aantekeningen
      .filter((a) => a.leesbaar.deel === deel)
      .map((a) => ({ ...a.leesbaar, versies: `handleiding ${a.contentVersie} · beleid ${a.beleidVersie}` }));
    return stappen.length > 0 ? [{ kop: verantwoordingDeelLabel[deel], stappen }] : [];
  });
  const ondertekening = aantekeningen.flatMap((a) => {
    const l = a.leesbaar;
    if (a.soort === 'collegiale-toetsing')
      return [
        {
          wat: 'Collegiale toetsing',
          wie: naamMetRol(l.wie),
          wanneer: l.wanneer,
          besluit: eersteWaarde(l, 'Oordeel') ?? l.tekst ?? '',
        },
      ];
    if (a.soort === 'akkoord-leidinggevende')
      return [
        {
          wat: 'Akkoord leidinggevende',
          wie: naamMetRol(l.wie),
          wanneer: l.wanneer,
          besluit: eersteWaarde(l, 'Besluit') ?? l.tekst ?? '',
        },
      ];
    return [];
  });
  const versies = [...new Set(aantekeningen.map((a) => a.contentVersie))];
  return {
    titel: `Verantwoording deelverzoek ${deelverzoek.client.pseudoniem}`,
    kenmerken: [
      ['Cliënt (pseudoniem)', deelverzoek.client.pseudoniem],
      ['Doel', deelverzoek.doel],
      [
        'Ontvangers',
        deelverzoek.ontvangers.map((o) => (o.rol ? `${o.organisatie} (${o.rol})` : o.organisatie)).join(', '),
      ],
      ['Stand', deelverzoek.statusLabel],
      ['Gestart', nederlandseTijd(deelverzoek.aangemaaktOp)],
      [
        'Handleiding',
        `"Zo delen we gegevens in Zutphen", versie ${deelverzoek.contentVersie}${versies.some((v) => v !== deelverzoek.contentVersie) ? ` (ook: ${versies.join(', ')})` : ''}`,
      ],
      ['Beleid van de organisatie', `versie ${deelverzoek.beleidVersie}`],
      ['Opgemaakt', `${nederlandseTijd(gemaaktOp)}, met de labels van handleidingversie ${CONTENT_VERSIE}`],
    ],
    delen,
    ondertekening,
  };
}

const STIJL = `
body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#0f172a;line-height:1.45}
h1{font-size:1.4rem;color:#1f4e79}h2{font-size:1.15rem;color:#1f4e79;margin-top:1.6rem;border-bottom:1px solid #cbd5e1}
h3{font-size:1rem;margin:.9rem 0 .1rem}dl{display:grid;grid-template-columns:minmax(8rem,20rem) 1fr;gap:.2rem 1rem}dt{color:#475569}
section{break-inside:avoid}.meta{font-size:.85rem;color:#475569}blockquote{margin:.4rem 0 .4rem 1rem;font-style:italic}
h4{font-size:.95rem;margin:.5rem 0 .1rem}table{border-collapse:collapse}td,th{text-align:left;padding:.2rem .6rem .2rem 0;vertical-align:top}
@media print{body{margin:0}}
`;
/** The page's only stylesheet, allowed by its hash in the page's Content-Security-Policy. */
export const VERANTWOORDING_STIJL_HASH = stijlHash(STIJL);

const stapHtml = (s: VerantwoordingStap) => `<section>
<h3>${html(s.titel)}</h3>
<p class="meta">${html(s.wanneer)} · ${html(naamMetRol(s.wie))} · ${html(s.versies)}</p>
${s.tekst ? `<p>${html(s.tekst)}</p>` : ''}
${s.uitspraken.map((u) => `<p>${html(u.wie)} zei:</p><blockquote>${html(u.woorden)}</blockquote>`).join('')}
${s.onderdelen
  .map(
    (o) =>
      `<h4>${html(o.kop)}</h4><dl>${o.regels.map((r) => `<dt>${html(r.naam)}</dt><dd>${html(r.waarde)}</dd>`).join('')}</dl>`,
  )
  .join('')}
</section>`;

export function verantwoordingHtml(v: Verantwoording): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${html(v.titel)}</title>
<style>${STIJL}</style></head><body><main>
<h1>${html(v.titel)}</h1>
<dl>${v.kenmerken.map(([k, w]) => `<dt>${html(k)}</dt><dd>${html(w)}</dd>`).join('')}</dl>
${v.delen.map((d) => `<h2>${html(d.kop)}</h2>${d.stappen.map(stapHtml).join('')}`).join('\n')}
${
  v.ondertekening.length > 0
    ? `<h2>Ondertekening</h2><table><thead><tr><th>Wat</th><th>Wie</th><th>Wanneer</th><th>Besluit</th></tr></thead><tbody>${v.ondertekening
        .map(
          (o) =>
            `<tr><td>${html(o.wat)}</td><td>${html(o.wie)}</td><td>${html(o.wanneer)}</td><td>${html(o.besluit)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
</main></body></html>`;
}
