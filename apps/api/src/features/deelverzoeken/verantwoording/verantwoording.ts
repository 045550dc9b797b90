import type { DeelverzoekView } from '@deelwijs/contract';
import { html, stijlHash } from '../../../http/html-pagina';

export interface Verantwoording {
  titel: string;
  kenmerken: Array<[string, string]>;
  stappen: Array<{ wanneer: string; wie: string; soort: string; tekst: string; versies: string }>;
}

const SOORT: Record<string, string> = {
  'deelverzoek-gestart': 'Deelverzoek gestart',
  'afweging-1': 'Afweging 1: hoort de vraag bij mij?',
  'afweging-2': 'Afweging 2: doel, gegevens en grondslag',
  'afweging-3': 'Afweging 3: nodig, evenredig, geen lichter middel',
  toestemmingspoging: 'Toestemming gevraagd',
  'toestemming-ingetrokken': 'Toestemming ingetrokken',
  'afweging-4': 'Afweging 4: delen zonder toestemming',
  doorbrekingsvoorstel: 'Voorstel tot doorbreking',
  'collegiale-toetsing': 'Collegiale toetsing',
  'akkoord-leidinggevende': 'Besluit leidinggevende',
  verstrekking: 'Gegevens verstrekt',
  uitstel: 'Uitstel van informeren',
  'informeren-achteraf': 'Cliënt achteraf geïnformeerd',
  afsluiting: 'Afgesloten',
};

const moment = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));

/**
 * The account of one deelverzoek in plain Dutch: what was weighed, by whom, when, under which
 * handbook and policy version. Built only from the append-only file, so it can be rebuilt years later.
 */
export function maakVerantwoording(
  deelverzoek: DeelverzoekView,
  aantekeningen: Array<{
    soort: string;
    tekst: string;
    door: { gebruikerId: string };
    op: string;
    contentVersie: string;
    beleidVersie: string;
  }>,
  namen: ReadonlyMap<string, string>,
  gemaaktOp: string,
): Verantwoording {
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
      ['Gestart', moment(deelverzoek.aangemaaktOp)],
      [
        'Handleiding en beleid',
        `contentversie ${deelverzoek.contentVersie}, beleid ${deelverzoek.beleidVersie}`,
      ],
      ['Opgemaakt', moment(gemaaktOp)],
    ],
    stappen: aantekeningen.map((a) => ({
      wanneer: moment(a.op),
      wie: namen.get(a.door.gebruikerId) ?? a.door.gebruikerId,
      soort: SOORT[a.soort] ?? a.soort,
      tekst: a.tekst,
      versies: `handleiding ${a.contentVersie} · beleid ${a.beleidVersie}`,
    })),
  };
}

const STIJL = `
body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#0f172a;line-height:1.45}
h1{font-size:1.4rem;color:#1f4e79}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:#475569}
ol{padding-left:1.2rem}li{margin:.8rem 0;break-inside:avoid}.meta{font-size:.8rem;color:#64748b}
@media print{body{margin:0}}
`;
/** The page's only stylesheet, allowed by its hash in the page's Content-Security-Policy. */
export const VERANTWOORDING_STIJL_HASH = stijlHash(STIJL);

export function verantwoordingHtml(v: Verantwoording): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${html(v.titel)}</title>
<style>${STIJL}</style></head><body>
<h1>${html(v.titel)}</h1>
<dl>${v.kenmerken.map(([k, w]) => `<dt>${html(k)}</dt><dd>${html(w)}</dd>`).join('')}</dl>
<h2>Verloop</h2>
<ol>${v.stappen
    .map(
      (s) =>
        `<li><strong>${html(s.soort)}</strong><div class="meta">${html(s.wanneer)} · ${html(s.wie)} · ${html(s.versies)}</div><p>${html(s.tekst)}</p></li>`,
    )
    .join('')}</ol>
</body></html>`;
}
