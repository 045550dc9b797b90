'use client';

import {
  type GegevenscategorieId,
  type GrondslagId,
  gegevenscategorieen,
  grondslagen,
} from '@deelwijs/content';
import { type ProcesIn, toetsGrondslag } from '@deelwijs/domain';
import { useMemo, useState } from 'react';
import { useOpdracht } from './gebruik-opdracht';
import { JaNee, Keuzes, Stapkader, Toelichting, Vastleggen } from './velden';

/** Afweging 2: a welbepaald doel, the data uitdrukkelijk omschreven, a grondslag — with the rules' verdict as you choose. */
export function Afweging2({ proces }: { proces: ProcesIn<'afweging-2'> }) {
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [welbepaaldDoel, setDoel] = useState<boolean>();
  const [uitdrukkelijk, setUitdrukkelijk] = useState<boolean>();
  const [gegevens, setGegevens] = useState<GegevenscategorieId[]>([]);
  const [grondslag, setGrondslag] = useState<GrondslagId | 'geen' | ''>('');
  const [motivering, setMotivering] = useState('');
  const [vermoedenHuiselijkGeweld, setGeweld] = useState(false);
  const [toelichting, setToelichting] = useState('');

  const pet = proces.professional.pet;
  // The domain is pure, so the dashboard runs the same rule the workflow will apply.
  const oordeel = useMemo(() => {
    if (!pet || !grondslag || gegevens.length === 0) return undefined;
    return toetsGrondslag({
      pet,
      grondslag: {
        grondslag: grondslag === 'geen' ? null : grondslag,
        motivering: motivering || 'nog in te vullen',
      },
      gegevens,
      ontvangers: proces.deelverzoek.ontvangers,
      omstandigheden: { vermoedenHuiselijkGeweld, optOutDeclaratie: false, acuutVitaalBelang: false },
    });
  }, [pet, grondslag, motivering, gegevens, proces.deelverzoek.ontvangers, vermoedenHuiselijkGeweld]);

  return (
    <Stapkader titel="Afweging 2: doel, gegevens en grondslag">
      <JaNee
        naam="welbepaald"
        vraag="Kunt u helder en concreet zeggen welk professioneel doel u wilt bereiken?"
        waarde={welbepaaldDoel}
        onChange={setDoel}
      />
      <JaNee
        naam="uitdrukkelijk"
        vraag="Kunt u precies omschrijven welke gegevens u daarvoor nodig heeft?"
        waarde={uitdrukkelijk}
        onChange={setUitdrukkelijk}
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
      <label className="block text-sm font-medium">
        Grondslag
        <select
          value={grondslag}
          onChange={(e) => setGrondslag(e.target.value as GrondslagId | 'geen' | '')}
          className="veld mt-1"
        >
          <option value="">Kies een grondslag…</option>
          {grondslagen.map((g) => (
            <option key={g.id} value={g.id}>
              {g.naam}
            </option>
          ))}
          <option value="geen">Er is geen grondslag</option>
        </select>
      </label>
      <Toelichting label="Waarom deze grondslag?" waarde={motivering} onChange={setMotivering} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={vermoedenHuiselijkGeweld}
          onChange={(e) => setGeweld(e.target.checked)}
        />{' '}
        Er is een vermoeden van huiselijk geweld of kindermishandeling
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
      <Toelichting waarde={toelichting} onChange={setToelichting} />
      <Vastleggen
        label="Afweging 2 vastleggen"
        problem={problem}
        bezig={bezig}
        disabled={welbepaaldDoel === undefined || uitdrukkelijk === undefined || grondslag === ''}
        onClick={() =>
          verstuur({
            soort: 'afweging-2',
            antwoord: {
              welbepaaldDoel: welbepaaldDoel!,
              uitdrukkelijkOmschreven: uitdrukkelijk!,
              gegevens,
              grondslag: grondslag === 'geen' ? null : { grondslag: grondslag as GrondslagId, motivering },
              omstandigheden: { vermoedenHuiselijkGeweld, optOutDeclaratie: false, acuutVitaalBelang: false },
              toelichting,
            },
          })
        }
      />
    </Stapkader>
  );
}
