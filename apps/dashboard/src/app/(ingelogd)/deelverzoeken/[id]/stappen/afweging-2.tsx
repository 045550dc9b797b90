'use client';

import {
  type GegevenscategorieId,
  type GrondslagId,
  gegevenscategorieen,
  grondslagen,
  omstandigheidLabel,
} from '@deelwijs/content';
import { AFWEGING_2_VRAGEN, type Antwoorden, type ProcesIn, toetsGrondslag, volgPad } from '@deelwijs/domain';
import { useMemo, useState } from 'react';
import { afwegingVan } from '@/lib/inhoud';
import { Beslisvragen, opHetPad } from './beslisvragen';
import { useOpdracht } from './gebruik-opdracht';
import { Keuzes, Stapkader, Toelichting, Vastleggen } from './velden';

/** Afweging 2: a welbepaald doel, the data uitdrukkelijk omschreven, a grondslag — with the rules' verdict as you choose. */
export function Afweging2({ proces }: { proces: ProcesIn<'afweging-2'> }) {
  const afweging = afwegingVan(proces.deelverzoek.contentVersie, '2');
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [antwoorden, setAntwoorden] = useState<Antwoorden>({});
  const [gegevens, setGegevens] = useState<GegevenscategorieId[]>([]);
  const [grondslag, setGrondslag] = useState<GrondslagId | ''>('');
  const [motivering, setMotivering] = useState('');
  const [vermoedenHuiselijkGeweld, setGeweld] = useState(false);
  // Acute danger opens afweging 4 without waiting for consent (geen tijd) and the acute path.
  const [acuutVitaalBelang, setAcuut] = useState(false);
  const [toelichting, setToelichting] = useState('');
  const pad = volgPad(afweging, antwoorden);
  const gegeven = opHetPad(pad, antwoorden);
  const metGrondslag = gegeven[AFWEGING_2_VRAGEN.grondslag] === true;

  const pet = proces.professional.pet;
  // The domain is pure, so the dashboard runs the same rule the workflow will apply.
  const oordeel = useMemo(() => {
    if (!pet || !metGrondslag || !grondslag || gegevens.length === 0) return undefined;
    return toetsGrondslag({
      pet,
      grondslag: { grondslag, motivering: motivering || 'nog in te vullen' },
      gegevens,
      ontvangers: proces.deelverzoek.ontvangers,
      omstandigheden: { vermoedenHuiselijkGeweld, optOutDeclaratie: false, acuutVitaalBelang },
    });
  }, [
    pet,
    metGrondslag,
    grondslag,
    motivering,
    gegevens,
    proces.deelverzoek.ontvangers,
    vermoedenHuiselijkGeweld,
    acuutVitaalBelang,
  ]);

  return (
    <Stapkader titel={afweging.titel} problem={problem}>
      <p className="text-sm text-slate-600">{afweging.kernvraag}</p>
      <Beslisvragen
        pad={pad}
        antwoorden={antwoorden}
        onAntwoord={(vraag, ja) => setAntwoorden({ ...antwoorden, [vraag]: ja })}
        na={(n) =>
          n.id === AFWEGING_2_VRAGEN.grondslag && metGrondslag ? (
            <>
              <label className="block text-sm font-medium">
                Grondslag
                <select
                  value={grondslag}
                  onChange={(e) => setGrondslag(e.target.value as GrondslagId | '')}
                  className="veld mt-1"
                >
                  <option value="">Kies een grondslag…</option>
                  {grondslagen.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.naam}
                    </option>
                  ))}
                </select>
              </label>
              <Toelichting
                label="Waarom deze grondslag?"
                pad="antwoord.grondslag.motivering"
                waarde={motivering}
                onChange={setMotivering}
              />
            </>
          ) : null
        }
      />
      <Keuzes
        legend="Welke gegevens wilt u delen?"
        opties={gegevenscategorieen.map((c) => ({
          id: c.id,
          naam: c.naam,
          extra: c.bijzonder ? <span className="ml-1 text-xs text-amber-700">(bijzonder)</span> : null,
        }))}
        gekozen={gegevens}
        onChange={setGegevens}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={vermoedenHuiselijkGeweld}
          onChange={(e) => setGeweld(e.target.checked)}
        />{' '}
        {omstandigheidLabel.vermoedenHuiselijkGeweld}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={acuutVitaalBelang} onChange={(e) => setAcuut(e.target.checked)} />{' '}
        {omstandigheidLabel.acuutVitaalBelang}
      </label>
      {oordeel && (
        <div
          aria-live="polite"
          className="rounded-md bg-merk-licht p-3 text-sm"
          data-testid="advies-afweging-2"
        >
          <p className="font-medium">Wat het afwegingskader hiervan zegt</p>
          {oordeel.overtredingen.length === 0 &&
            oordeel.nietDelen.length === 0 &&
            oordeel.toestemmingVereist.length === 0 && <p>Deze combinatie past bij uw pet.</p>}
          {[...oordeel.overtredingen, ...oordeel.toestemmingVereist].map((o) => (
            <p key={o.code + o.bericht}>
              {o.bericht} <span className="text-xs text-slate-600">(bron: {o.bron})</span>
            </p>
          ))}
          {oordeel.nietDelen.map((n) => (
            <p key={n.categorie}>
              Niet delen: {gegevenscategorieen.find((c) => c.id === n.categorie)?.naam} — {n.reden}{' '}
              <span className="text-xs text-slate-600">(bron: {n.bron})</span>
            </p>
          ))}
        </div>
      )}
      <Toelichting pad="antwoord.toelichting" waarde={toelichting} onChange={setToelichting} />
      <Vastleggen
        label="Afweging 2 vastleggen"
        problem={problem}
        bezig={bezig}
        disabled={pad.eind.soort !== 'uitkomst' || (metGrondslag && grondslag === '')}
        ontbreekt={
          pad.eind.soort !== 'uitkomst'
            ? 'een antwoord op elke vraag hierboven.'
            : 'de grondslag waarop u deelt (kies er een).'
        }
        onClick={() => {
          const doel = gegeven[AFWEGING_2_VRAGEN.welbepaaldDoel];
          const grond = gegeven[AFWEGING_2_VRAGEN.grondslag];
          verstuur({
            soort: 'afweging-2',
            antwoord: {
              welbepaaldDoel: doel === true,
              uitdrukkelijkOmschreven: gegeven[AFWEGING_2_VRAGEN.uitdrukkelijkOmschreven],
              gegevens,
              // Not asked (an earlier no) stays absent; a no here is "there is no grondslag".
              ...(grond === undefined
                ? {}
                : { grondslag: grond && grondslag ? { grondslag, motivering } : null }),
              omstandigheden: { vermoedenHuiselijkGeweld, optOutDeclaratie: false, acuutVitaalBelang },
              toelichting,
            },
          });
        }}
      />
    </Stapkader>
  );
}
