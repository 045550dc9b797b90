import type { Brief } from '@deelwijs/domain';
import { html, stijlHash } from '../../http/html-pagina';

const STIJL = `
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;color:#0f172a;line-height:1.6;font-size:1.05rem}
h1{font-size:1.4rem;color:#1f4e79}h2{font-size:1.1rem;margin-top:1.4rem}.wet{font-size:.85rem;color:#475569}
.concept{border:2px dashed #b45309;padding:.5rem .8rem;color:#78350f}@media print{.concept{display:none}body{margin:0}}
`;
export const BRIEF_STIJL_HASH = stijlHash(STIJL);

const onderdeel = (o: Brief['onderdelen'][number]) =>
  o.lijst
    ? `<ul>${o.tekst.map((r) => `<li>${html(r)}</li>`).join('')}</ul>`
    : o.tekst.map((r) => `<p>${html(r)}</p>`).join('');

/**
 * The letter as a page to read before it is sent. The banner saying it is a draft is not printed:
 * the casemanager reads it here, then prints or sends it and records how the client was told.
 */
export function briefHtml(b: Brief): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${html(b.titel)}</title>
<style>${STIJL}</style></head><body>
<p class="concept">Concept. Lees de brief na voordat u hem verstuurt. Leg daarna in Deelwijs vast hoe en wanneer de cliënt is geïnformeerd.</p>
<h1>${html(b.titel)}</h1>
<p>${html(b.aanhef)}</p>
<p>${html(b.inleiding)}</p>
${b.onderdelen.map((o) => `<h2>${html(o.kop)}</h2>${onderdeel(o)}`).join('\n')}
<h2>${html(b.rechtenKop)}</h2>
${b.rechten
  .map(
    (r) =>
      `<h3>${html(r.titel)}</h3><p>${html(r.tekst)}</p><p class="wet">${html(`${r.wetsartikel.wet} artikel ${r.wetsartikel.artikel}`)}</p>`,
  )
  .join('\n')}
<p>${html(b.vragen)}</p>
<p>${html(b.groet)}<br>${html(b.afzender)}</p>
</body></html>`;
}
