import type { DossieraantekeningView } from '@deelwijs/contract';
import { naamMetRol } from '@deelwijs/domain';
import type { ReactNode } from 'react';

type Kop = 'h3' | 'h4' | 'h5';

/**
 * One dossieraantekening as people read it (its `leesbaar` form, rendered by the API at read time):
 * the kind as a heading, who by name and role, when in Dutch local time, who said what, and the
 * recorded reasoning. The stored text shows only where the reasoning does not already say it all.
 */
export function Dossieraantekening({
  a,
  kop: K = 'h3',
  extra,
}: {
  a: DossieraantekeningView;
  kop?: Kop;
  /** E.g. a link to the deelverzoek on the client's timeline. */
  extra?: ReactNode;
}) {
  const l = a.leesbaar;
  const Sub = K === 'h3' ? 'h4' : K === 'h4' ? 'h5' : 'h6';
  return (
    <article aria-labelledby={`aantekening-${a.id}`}>
      <K id={`aantekening-${a.id}`} className="font-semibold">
        {l.titel}
      </K>
      <p className="text-xs text-slate-600">
        <time dateTime={a.op}>{l.wanneer}</time> · {naamMetRol(l.wie)}
        {extra}
      </p>
      {l.tekst && <p className="mt-1 whitespace-pre-line">{l.tekst}</p>}
      {l.uitspraken.map((u) => (
        <figure key={`${u.wie}:${u.woorden}`} className="mt-2">
          <figcaption className="text-slate-700">{u.wie} zei:</figcaption>
          <blockquote className="ml-3 border-l-2 border-slate-300 pl-2 italic">{u.woorden}</blockquote>
        </figure>
      ))}
      {l.onderdelen.map((o) => (
        <div key={o.kop} className="mt-2">
          <Sub className="font-medium">{o.kop}</Sub>
          <dl className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[minmax(10rem,max-content)_1fr]">
            {o.regels.map((r) => (
              <div key={`${r.naam}:${r.waarde}`} className="contents">
                <dt className="text-slate-600">{r.naam}</dt>
                <dd className="whitespace-pre-line">{r.waarde}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </article>
  );
}
