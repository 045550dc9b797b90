'use client';

import { AFWEGING_1_VRAGEN, type Antwoorden, type ProcesIn, volgPad } from '@deelwijs/domain';
import { useState } from 'react';
import { afwegingVan } from '@/lib/inhoud';
import { Beslisvragen } from './beslisvragen';
import { useOpdracht } from './gebruik-opdracht';
import { Stapkader, Tekstveld, Toelichting, Vastleggen } from './velden';

/** Afweging 1 of the handbook: does the question belong to me? No → refer the client. */
export function Afweging1({ proces }: { proces: ProcesIn<'afweging-1'> }) {
  const afweging = afwegingVan(proces.deelverzoek.contentVersie, '1');
  const { verstuur, problem, bezig } = useOpdracht(proces.deelverzoek.id, proces.volgnummer);
  const [antwoorden, setAntwoorden] = useState<Antwoorden>({});
  const [doorverwezenNaar, setDoorverwezenNaar] = useState('');
  const [toelichting, setToelichting] = useState('');
  const pad = volgPad(afweging, antwoorden);
  const hoortBijMij = antwoorden[AFWEGING_1_VRAGEN.hoortBijMij];
  const verwijsDoor = pad.eind.soort === 'uitkomst' && pad.eind.node.uitkomst === 'verwijs-door';

  return (
    <Stapkader titel={afweging.titel} problem={problem}>
      <p className="text-sm text-slate-600">{afweging.kernvraag}</p>
      <Beslisvragen
        pad={pad}
        antwoorden={antwoorden}
        onAntwoord={(vraag, ja) => setAntwoorden({ ...antwoorden, [vraag]: ja })}
        na={(n) =>
          verwijsDoor && n.soort === 'uitkomst' ? (
            <Tekstveld
              label="Doorverwezen naar"
              pad="antwoord.doorverwezenNaar"
              waarde={doorverwezenNaar}
              onChange={setDoorverwezenNaar}
            />
          ) : null
        }
      />
      <Toelichting pad="antwoord.toelichting" waarde={toelichting} onChange={setToelichting} />
      <Vastleggen
        label="Antwoord vastleggen"
        problem={problem}
        bezig={bezig}
        disabled={hoortBijMij === undefined}
        ontbreekt="uw antwoord op de vraag of die bij u hoort (ja of nee)."
        onClick={() =>
          verstuur({
            soort: 'afweging-1',
            antwoord: {
              hoortBijMij: hoortBijMij === true,
              toelichting,
              ...(verwijsDoor ? { doorverwezenNaar } : {}),
            },
          })
        }
      />
    </Stapkader>
  );
}
