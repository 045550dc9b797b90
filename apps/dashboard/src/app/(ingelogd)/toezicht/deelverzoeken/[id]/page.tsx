import {
  akkoordBesluitLabel,
  doorbrekingFaseLabel,
  handtekeningSignaalLabel,
  statusLabel,
  toetsingOordeelLabel,
  volgendeActieLabel,
} from '@deelwijs/content';
import { type BetrokkeneTaak, rolLabel, routes, type ToezichtDeelverzoek } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, bestaatNiet } from '@/lib/api.server';
import { Moment } from '../../moment';

export const metadata: Metadata = { title: 'Deelverzoek (toezicht)' };

const TAAK: Record<BetrokkeneTaak, string> = {
  aanvrager: 'Begonnen door',
  toetser: 'Collegiale toetsing',
  leidinggevende: 'Akkoord of uitstel',
  verstrekker: 'Gedeeld door',
  informeerder: 'Cliënt geïnformeerd door',
};

const ROUTE: Record<NonNullable<ToezichtDeelverzoek['verstrekking']>['basis']['soort'], string> = {
  toestemming: 'Met toestemming',
  'grondslag-zonder-toestemming': 'Wettelijke grondslag zonder toestemming',
  meldrecht: 'Meldrecht',
  doorbreking: 'Doorbreking van het beroepsgeheim',
};

const Rij = ({ naam, children }: { naam: string; children: ReactNode }) => (
  <>
    <dt className="text-slate-600">{naam}</dt>
    <dd>{children}</dd>
  </>
);

/**
 * The privacy officer's drill-down: where one deelverzoek stands, without its content. Opening the
 * file is a separate, deliberate step with a reason (the link at the bottom).
 */
export default async function ToezichtDeelverzoekPage({ params }: { params: Promise<{ id: string }> }) {
  const geweigerd = await zonderToegang('het toezicht', routes.toezichtDeelverzoek);
  if (geweigerd) return geweigerd;
  const { id } = await params;
  let d: ToezichtDeelverzoek;
  try {
    d = await apiGet(`/toezicht/deelverzoeken/${id}`);
  } catch (fout) {
    if (bestaatNiet(fout)) notFound();
    throw fout;
  }
  const v = d.verstrekking;
  const b = d.doorbreking;
  const i = d.informerenAchteraf;
  return (
    <>
      <p className="text-sm">
        <Link href="/toezicht">Terug naar Toezicht</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">
        Deelverzoek van <span className="font-mono">{d.client.pseudoniem}</span>
      </h1>
      <p className="mt-2 max-w-2xl text-sm text-slate-600">
        Alleen procesgegevens: geen naam, geen doel, geen ontvangers en geen toelichtingen. Wilt u het dossier
        zelf zien, open het dan met een reden.
      </p>

      <section aria-labelledby="stand" className="mt-6">
        <h2 id="stand" className="text-lg font-semibold">
          Waar het staat
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <Rij naam="Team">{d.team}</Rij>
          <Rij naam="Status">{statusLabel[d.status]}</Rij>
          <Rij naam="Begonnen">
            <Moment iso={d.aangemaaktOp} />
          </Rij>
          <Rij naam="Laatst bijgewerkt">
            <Moment iso={d.bijgewerktOp} />
          </Rij>
          <Rij naam="Wacht op">{d.volgendeActie ? volgendeActieLabel[d.volgendeActie] : 'niets'}</Rij>
          <Rij naam="Uiterlijk">
            <Moment iso={d.uiterlijk} />
            {d.teLaat && <span className="ml-2 font-semibold text-red-700">te laat</span>}
          </Rij>
          <Rij naam="Aan zet">
            {d.aanZet
              ? `${rolLabel[d.aanZet.rol]}${d.aanZet.medewerker ? `: ${d.aanZet.medewerker.naam}` : ' van het team'}`
              : 'niemand'}
          </Rij>
          <Rij naam="Versies">
            handleiding {d.contentVersie}, beleid {d.beleidVersie}
          </Rij>
        </dl>
      </section>

      <section aria-labelledby="betrokkenen" className="mt-6">
        <h2 id="betrokkenen" className="text-lg font-semibold">
          Wie eraan werkte
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          {d.betrokkenen.map((p) => (
            <Rij key={`${p.taak}:${p.medewerker.gebruikerId}`} naam={TAAK[p.taak]}>
              {p.medewerker.naam}
            </Rij>
          ))}
        </dl>
      </section>

      <section aria-labelledby="afweging" className="mt-6">
        <h2 id="afweging" className="text-lg font-semibold">
          Toestemming, doorbreking en verstrekking
        </h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <Rij naam="Toestemming gevraagd sinds">
            <Moment iso={d.toestemming.gevraagdVanaf} />
          </Rij>
          <Rij naam="Pogingen / gegeven">
            {d.toestemming.pogingen} / {d.toestemming.gegeven}
          </Rij>
          {b && (
            <>
              <Rij naam="Afweging">
                {b.afweging}
                {b.spoed ? ', met spoed' : ''}
              </Rij>
              <Rij naam="Fase">{doorbrekingFaseLabel[b.fase]}</Rij>
              {b.acuutGedeeldOp && (
                <Rij naam="Acuut gedeeld">
                  <Moment iso={b.acuutGedeeldOp} />
                </Rij>
              )}
              <Rij naam="Collegiale toetsing">
                {b.toetsing ? (
                  <>
                    {toetsingOordeelLabel[b.toetsing.oordeel]}, <Moment iso={b.toetsing.op} />
                  </>
                ) : (
                  'nog niet'
                )}
              </Rij>
              <Rij naam="Handtekening leidinggevende">
                {b.akkoord ? (
                  <>
                    {/* Refused after an acute verstrekking: the data moved anyway, say so. */}
                    {b.acuutGedeeldOp && b.akkoord.besluit === 'afgewezen'
                      ? handtekeningSignaalLabel['acuut-afgewezen']
                      : akkoordBesluitLabel[b.akkoord.besluit]}
                    , <Moment iso={b.akkoord.op} />
                  </>
                ) : (
                  'nog niet'
                )}
              </Rij>
            </>
          )}
          <Rij naam="Gedeeld">
            {v ? (
              <>
                <Moment iso={v.op} />, {ROUTE[v.basis.soort]}; {v.aantalGegevens} soort(en) gegevens aan{' '}
                {v.aantalOntvangers} ontvanger(s);{' '}
                {v.voorafGeinformeerd ? 'cliënt vooraf verteld' : 'cliënt niet vooraf verteld'}
              </>
            ) : (
              'nog niet'
            )}
          </Rij>
          {i && (
            <Rij naam="Informeren achteraf">
              {i.gedaanOp ? (
                <>
                  gedaan op <Moment iso={i.gedaanOp} />
                </>
              ) : (
                'nog niet'
              )}
              {i.aantalUitstel > 0 && (
                <>
                  ; {i.aantalUitstel} keer uitstel, tot <Moment iso={i.uitstelTot} />
                </>
              )}
              {i.uitstelGevraagd && '; uitstel gevraagd, wacht op besluit'}
            </Rij>
          )}
        </dl>
      </section>

      <section aria-labelledby="aantekeningen" className="mt-6">
        <h2 id="aantekeningen" className="text-lg font-semibold">
          Dossieraantekeningen ({d.aantekeningen.totaal})
        </h2>
        <ul className="mt-2 text-sm">
          {d.aantekeningen.perSoort.map((s) => (
            <li key={s.soort}>
              {s.label}: {s.aantal}
            </li>
          ))}
        </ul>
      </section>

      <p className="mt-8">
        <Link href={`/toezicht/clienten/${d.client.id}?pseudoniem=${d.client.pseudoniem}`} className="knop">
          Naar de cliënt: inzien met reden en inzage-export
        </Link>
      </p>
    </>
  );
}
