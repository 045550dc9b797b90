'use client';

import {
  afweging4RedenLabel,
  antwoordLabel,
  doorbrekingGrondLabel,
  gegevenscategorieen,
  toetsingOordeelLabel,
} from '@deelwijs/content';
import type { DossieraantekeningView } from '@deelwijs/contract';
import {
  type Afweging4Stand,
  type DeelverzoekInhoud,
  gerechtvaardigdeRedenLabel,
  type Voorstel,
  voorwaardenConflictVanPlichten,
} from '@deelwijs/domain';
import type { ReactNode } from 'react';
import { formatMoment } from '@/lib/datum';
import { useNaamVan } from './medewerkers';

const jaNee = (ja: boolean) => (ja ? antwoordLabel.ja : antwoordLabel.nee);
const naam = (id: string) => gegevenscategorieen.find((c) => c.id === id)?.naam ?? id;
/** The notes of the earlier afwegingen: they hold the answers the doorbreking builds on. */
const EERDER = new Set(['afweging-1', 'afweging-2', 'afweging-3', 'toestemmingspoging', 'afweging-4']);

function Rij({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </>
  );
}

/**
 * The whole weighing of a doorbreking, read-only: what the collega reviews and the leidinggevende
 * signs. Everything comes from the process state and the file, nothing is retyped.
 */
export function Weging({
  a4,
  voorstel,
  inhoud,
  aantekeningen,
}: {
  a4: Afweging4Stand;
  voorstel: Voorstel;
  inhoud: DeelverzoekInhoud;
  aantekeningen: readonly DossieraantekeningView[];
}) {
  const { gesprek, voorwaarden, nietVoorafInformeren: nietVooraf } = voorstel;
  const achterwege = inhoud.achterwegeGelaten;
  const naamVan = useNaamVan();
  return (
    <section aria-label="De weging" className="space-y-4 text-sm">
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium">Afweging 1 tot en met 3 en de toestemming</summary>
        <ol className="mt-2 space-y-2">
          {aantekeningen
            .filter((a) => EERDER.has(a.soort))
            .map((a) => (
              <li key={a.id} className="whitespace-pre-line">
                {/* As the file reads: names and labels, never the stored ids and codes. */}
                <span className="text-xs text-slate-600">{a.leesbaar.wanneer}</span>{' '}
                {a.leesbaar.tekst ?? a.leesbaar.titel}
              </li>
            ))}
        </ol>
      </details>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <Rij term="Afweging">
          {a4.afweging} · {afweging4RedenLabel[a4.reden]}
          {a4.spoed ? ' · spoed' : ''}
        </Rij>
        <Rij term="Gesprek met de cliënt">
          {gesprek
            ? `Belang: ${gesprek.belang}\nDoel: ${gesprek.doel}\nWat: ${gesprek.wat}${gesprek.reactieClient ? `\nReactie: “${gesprek.reactieClient}”` : ''}`
            : 'De cliënt was niet op tijd te bereiken.'}
        </Rij>
        <Rij term="Goede argumenten van de cliënt">{jaNee(voorstel.goedeArgumentenClient)}</Rij>
        <Rij term="Grond">{doorbrekingGrondLabel[voorstel.grond]}</Rij>
      </dl>
      <ol aria-label="De vijf vragen" className="space-y-2">
        {voorwaardenConflictVanPlichten.map((v) => (
          <li key={v.id} className="rounded-md bg-slate-50 p-2">
            <p className="font-medium">
              {v.nummer}. {v.vraag} {jaNee(voorwaarden[v.sleutel].voldaan)}
            </p>
            <p className="whitespace-pre-line">{voorwaarden[v.sleutel].onderbouwing}</p>
          </li>
        ))}
      </ol>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <Rij term="Wat wordt gedeeld">{voorstel.wat}</Rij>
        <Rij term="Gegevens">{inhoud.gegevens.map(naam).join(', ')}</Rij>
        <Rij term="Bewust niet gedeeld">
          {achterwege.length > 0
            ? achterwege.map((a) => `${naam(a.categorie)} (${a.reden})`).join(', ')
            : 'Niets apart genoemd.'}
        </Rij>
        <Rij term="Cliënt vooraf informeren">
          {nietVooraf
            ? `Nee (afweging 4b): ${gerechtvaardigdeRedenLabel[nietVooraf.reden]}.\n${nietVooraf.onderbouwing}\nOverlegd met: ${nietVooraf.overlegMetCollegas}`
            : 'Ja, de cliënt hoort vooraf dat er gedeeld wordt.'}
        </Rij>
        <Rij term="Toelichting">{voorstel.toelichting}</Rij>
        {a4.collegialeToetsing && (
          <Rij term="Advies van de collega">
            {toetsingOordeelLabel[a4.collegialeToetsing.oordeel]} (
            {naamVan(a4.collegialeToetsing.door.gebruikerId, 'deskundige collega')},{' '}
            {formatMoment(a4.collegialeToetsing.op)}).{'\n'}
            {a4.collegialeToetsing.toelichting}
          </Rij>
        )}
        {a4.acuut && (
          <Rij term="Acuut gedeeld">
            {formatMoment(a4.acuut.op)}: {a4.acuut.reden}
          </Rij>
        )}
      </dl>
    </section>
  );
}
