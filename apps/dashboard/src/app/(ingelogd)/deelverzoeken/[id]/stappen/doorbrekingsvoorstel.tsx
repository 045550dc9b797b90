'use client';

import { type DoorbrekingGrondId, doorbrekingGrondLabel } from '@deelwijs/content';
import type { Doorbrekingsvoorstel, NietVoorafInformeren, ProcesInFase } from '@deelwijs/domain';
import { voorwaardenConflictVanPlichten } from '@deelwijs/domain';
import { useState } from 'react';
import { afwegingVan } from '@/lib/inhoud';
import { AcuutDelen } from './acuut-delen';
import { nodeTekst } from './beslisvragen';
import { useOpdracht } from './gebruik-opdracht';
import { leegNietVooraf, NietVoorafInformerenVelden } from './niet-vooraf-informeren';
import { JaNee, Stapkader, Toelichting, Vastleggen } from './velden';
import {
  alsVoorwaarden,
  legeVoorwaarden,
  nietVoldaan,
  VijfVoorwaarden,
  type VoorwaardenInvoer,
} from './vijf-voorwaarden';

/** The proposal as it is being filled in; nothing answered yet is not a no. */
export interface VoorstelInvoer {
  bereikbaar?: boolean;
  gesprek: { belang: string; doel: string; wat: string; reactieClient: string };
  goedeArgumenten?: boolean;
  conflictOfVitaal?: boolean;
  grond?: DoorbrekingGrondId;
  voorwaarden: VoorwaardenInvoer;
  nietVooraf?: boolean;
  nietVoorafInvoer: NietVoorafInformeren;
  wat: string;
  toelichting: string;
}

export const legeInvoer = (): VoorstelInvoer => ({
  gesprek: { belang: '', doel: '', wat: '', reactieClient: '' },
  voorwaarden: legeVoorwaarden(),
  nietVoorafInvoer: leegNietVooraf(),
  wat: '',
  toelichting: '',
});

/** A proposal on record as the form holds it, so changing it starts from what was proposed. */
export function invoerVan(v: Doorbrekingsvoorstel): VoorstelInvoer {
  const leeg = legeInvoer();
  const voorwaarden = v.voorwaarden;
  return {
    bereikbaar: v.gesprek !== null,
    gesprek: v.gesprek ? { ...v.gesprek, reactieClient: v.gesprek.reactieClient ?? '' } : leeg.gesprek,
    goedeArgumenten: v.gesprek ? v.goedeArgumentenClient : undefined,
    conflictOfVitaal: v.goedeArgumentenClient && v.gesprek ? undefined : v.grond !== null,
    grond: v.grond ?? undefined,
    voorwaarden: voorwaarden
      ? (Object.fromEntries(
          voorwaardenConflictVanPlichten.map((c) => [c.sleutel, { ...voorwaarden[c.sleutel] }]),
        ) as VoorwaardenInvoer)
      : leeg.voorwaarden,
    nietVooraf: v.grond === null ? undefined : v.nietVoorafInformeren !== undefined,
    nietVoorafInvoer: v.nietVoorafInformeren ?? leeg.nietVoorafInvoer,
    wat: v.wat,
    toelichting: v.toelichting,
  };
}

/** Where the answers so far lead, in the order of afweging 4a; `open` while a question waits. */
export type Uitkomst = 'open' | 'terug-naar-3' | 'geen-grond' | 'voorwaarde-niet-voldaan' | 'delen';

export function uitkomstVan(i: VoorstelInvoer): Uitkomst {
  if (i.bereikbaar === undefined) return 'open';
  if (i.bereikbaar) {
    if (i.goedeArgumenten === undefined) return 'open';
    if (i.goedeArgumenten) return 'terug-naar-3';
  }
  if (i.conflictOfVitaal === undefined) return 'open';
  if (!i.conflictOfVitaal) return 'geen-grond';
  // The domain records all five answers, also when one no already ends it.
  if (!i.grond || !alsVoorwaarden(i.voorwaarden)) return 'open';
  if (nietVoldaan(i.voorwaarden).length > 0) return 'voorwaarde-niet-voldaan';
  return i.nietVooraf === undefined ? 'open' : 'delen';
}

/** The command's proposal: only what the path asked, so an answer left behind is not sent. */
export function alsVoorstel(i: VoorstelInvoer): Doorbrekingsvoorstel {
  const uitkomst = uitkomstVan(i);
  const metGrond = uitkomst === 'delen' || uitkomst === 'voorwaarde-niet-voldaan';
  const { reactieClient, ...gesprek } = i.gesprek;
  return {
    gesprek: i.bereikbaar ? { ...gesprek, ...(reactieClient.trim() ? { reactieClient } : {}) } : null,
    goedeArgumentenClient: i.bereikbaar === true && i.goedeArgumenten === true,
    grond: metGrond ? (i.grond ?? null) : null,
    ...(metGrond ? { voorwaarden: alsVoorwaarden(i.voorwaarden) } : {}),
    wat: i.wat,
    ...(uitkomst === 'delen' && i.nietVooraf ? { nietVoorafInformeren: i.nietVoorafInvoer } : {}),
    toelichting: i.toelichting,
  };
}

const KNOP: Record<Uitkomst, string> = {
  open: 'Voorstel vastleggen',
  'terug-naar-3': 'Vastleggen: niet delen, terug naar afweging 3',
  'geen-grond': 'Vastleggen: niet delen',
  'voorwaarde-niet-voldaan': 'Vastleggen: niet delen',
  delen: 'Voorstel voorleggen aan een deskundige collega',
};

/**
 * Afweging 4a (and 4c): the professional's proposal to share without consent. The questions and
 * the wording come from the content graph by id; the domain judges the proposal the same way.
 */
export function Voorstelstap({
  proces,
  wijzigen,
}: {
  proces: ProcesInFase<'voorstel' | 'collegiale-toetsing' | 'akkoord'>;
  /** Changing a proposal under review: the form starts from it, and a new review follows. */
  wijzigen?: { voorstel: Doorbrekingsvoorstel; annuleren: () => void };
}) {
  const versie = proces.deelverzoek.contentVersie;
  const a4a = afwegingVan(versie, '4a');
  const a4 = proces.afweging4;
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [i, setI] = useState<VoorstelInvoer>(() => (wijzigen ? invoerVan(wijzigen.voorstel) : legeInvoer()));
  const [wijziging, setWijziging] = useState('');
  // Sharing at once in acute danger is only for a first proposal, never for one under review.
  const inVoorstel = a4.fase === 'voorstel' ? (proces as ProcesInFase<'voorstel'>) : undefined;
  const zet = (v: Partial<VoorstelInvoer>) => setI({ ...i, ...v });
  const uitkomst = uitkomstVan(i);
  const niet = nietVoldaan(i.voorwaarden);
  const tekst = (id: string) => nodeTekst(a4a, id);
  const toelichting = (id: string) => {
    const n = a4a.nodes.find((x) => x.id === id);
    return n?.soort === 'vraag' ? n.toelichting : undefined;
  };
  const bereikbaarVerder = i.bereikbaar === false || i.goedeArgumenten === false;

  return (
    <Stapkader titel={wijzigen ? 'Voorstel wijzigen' : afwegingVan(versie, a4.afweging).titel}>
      <p className="text-sm text-slate-600">{a4a.kernvraag}</p>
      {a4.afweging === '4c' &&
        afwegingVan(versie, '4c').uitleg.map((u) => (
          <p key={u} className="text-sm">
            {u}
          </p>
        ))}
      <div data-node="a4a.bereikbaar">
        <JaNee
          naam="a4a.bereikbaar"
          vraag={tekst('a4a.bereikbaar')}
          waarde={i.bereikbaar}
          onChange={(bereikbaar) => zet({ bereikbaar })}
        />
      </div>
      {i.bereikbaar && (
        <div className="space-y-2" data-node="a4a.bespreken">
          <p className="text-sm text-slate-700">{tekst('a4a.bespreken')}</p>
          {(['belang', 'doel', 'wat'] as const).map((veld) => (
            <Toelichting
              key={veld}
              label={
                { belang: 'Belang van het delen', doel: 'Doel van het delen', wat: 'Wat u wilt delen' }[veld]
              }
              waarde={i.gesprek[veld]}
              onChange={(w) => zet({ gesprek: { ...i.gesprek, [veld]: w } })}
            />
          ))}
          <Toelichting
            label="Reactie van de cliënt (in eigen woorden)"
            waarde={i.gesprek.reactieClient}
            onChange={(reactieClient) => zet({ gesprek: { ...i.gesprek, reactieClient } })}
          />
          <div data-node="a4a.goede-argumenten">
            <JaNee
              naam="a4a.goede-argumenten"
              vraag={tekst('a4a.goede-argumenten')}
              waarde={i.goedeArgumenten}
              onChange={(goedeArgumenten) => zet({ goedeArgumenten })}
            />
          </div>
          {i.goedeArgumenten && (
            <p role="status" className="rounded-md bg-merk-licht p-3 text-sm font-medium">
              {tekst('a4a.terug-naar-3')}
            </p>
          )}
        </div>
      )}
      {bereikbaarVerder && (
        <div className="space-y-3" data-node="a4a.conflict-of-vitaal">
          <JaNee
            naam="a4a.conflict-of-vitaal"
            vraag={tekst('a4a.conflict-of-vitaal')}
            uitleg={toelichting('a4a.conflict-of-vitaal')}
            waarde={i.conflictOfVitaal}
            onChange={(conflictOfVitaal) => zet({ conflictOfVitaal })}
          />
          {i.conflictOfVitaal === false && (
            <p role="status" className="rounded-md bg-merk-licht p-3 text-sm font-medium">
              {tekst('a4a.niet-delen')}
            </p>
          )}
          {i.conflictOfVitaal && (
            <>
              <p className="text-sm text-slate-700">{tekst('a4a.toetsen')}</p>
              <fieldset className="rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-medium">Welke grond?</legend>
                <div className="mt-1 flex gap-6">
                  {Object.entries(doorbrekingGrondLabel).map(([id, label]) => (
                    <label key={id} className="flex items-center gap-2 text-sm">
                      <input
                        type="radio"
                        name="grond"
                        checked={i.grond === id}
                        onChange={() => zet({ grond: id as DoorbrekingGrondId })}
                      />
                      {label}
                    </label>
                  ))}
                </div>
              </fieldset>
              <VijfVoorwaarden invoer={i.voorwaarden} onChange={(voorwaarden) => zet({ voorwaarden })} />
            </>
          )}
        </div>
      )}
      {i.conflictOfVitaal && niet.length === 0 && alsVoorwaarden(i.voorwaarden) && (
        <div className="space-y-2" data-node="a4a.niet-vooraf-informeren">
          <JaNee
            naam="a4a.niet-vooraf-informeren"
            vraag={tekst('a4a.niet-vooraf-informeren')}
            waarde={i.nietVooraf}
            onChange={(nietVooraf) => zet({ nietVooraf })}
          />
          {i.nietVooraf === false && <p className="text-sm text-slate-700">{tekst('a4a.informeren')}</p>}
          {i.nietVooraf && (
            <NietVoorafInformerenVelden
              contentVersie={versie}
              invoer={i.nietVoorafInvoer}
              onChange={(nietVoorafInvoer) => zet({ nietVoorafInvoer })}
            />
          )}
        </div>
      )}
      <Toelichting
        label="Wat wordt gedeeld, met wie, en wat moet het bereiken?"
        waarde={i.wat}
        onChange={(wat) => zet({ wat })}
      />
      <Toelichting waarde={i.toelichting} onChange={(t) => zet({ toelichting: t })} />
      {niet.length > 0 && (
        <p role="status" className="rounded-md bg-merk-licht p-3 text-sm font-medium">
          Dit voorstel eindigt in niet delen: niet vervuld is{' '}
          {niet.map((v) => `voorwaarde ${v.nummer} (${v.vraag})`).join(', ')}.
        </p>
      )}
      {wijzigen && (
        <>
          <p className="text-sm">
            Na een wijziging telt een eerdere toetsing niet meer: het nieuwe voorstel gaat opnieuw naar een
            deskundige collega.
          </p>
          <Toelichting
            label="Wat is er veranderd, en waarom? (komt in het dossier)"
            waarde={wijziging}
            onChange={setWijziging}
          />
        </>
      )}
      <Vastleggen
        label={wijzigen && uitkomst === 'delen' ? 'Gewijzigd voorstel opnieuw laten toetsen' : KNOP[uitkomst]}
        problem={problem}
        bezig={bezig}
        disabled={uitkomst === 'open'}
        ontbreekt="een antwoord op elke vraag hierboven."
        onClick={() =>
          verstuur(
            wijzigen
              ? { soort: 'voorstel-wijzigen', voorstel: alsVoorstel(i), wijziging }
              : { soort: 'doorbrekingsvoorstel', voorstel: alsVoorstel(i) },
          )
        }
      />
      {wijzigen && (
        <button type="button" className="text-sm underline" onClick={wijzigen.annuleren}>
          Niet wijzigen
        </button>
      )}
      {inVoorstel && a4.reden === 'geen-tijd' && uitkomst === 'delen' && i.grond === 'vitaal-belang' && (
        <AcuutDelen proces={inVoorstel} voorstel={alsVoorstel(i)} />
      )}
    </Stapkader>
  );
}
