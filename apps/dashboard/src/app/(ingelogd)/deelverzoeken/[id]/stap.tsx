'use client';

import { statusLabel, vertegenwoordigerRolLabel } from '@deelwijs/content';
import type { DeelverzoekWizard } from '@deelwijs/contract';
import {
  type DeelverzoekProces,
  type Medewerker,
  magOpdrachtGeven,
  type OpdrachtSoort,
} from '@deelwijs/domain';
import type { ReactNode } from 'react';
import { Afweging1 } from './stappen/afweging-1';
import { Afweging2 } from './stappen/afweging-2';
import { Afweging3 } from './stappen/afweging-3';
import { Akkoordstap } from './stappen/akkoord';
import { CollegialeToetsingsstap } from './stappen/collegiale-toetsing';
import { Voorstelstap } from './stappen/doorbrekingsvoorstel';
import { InformerenAchterafstap } from './stappen/informeren-achteraf';
import { Toestemmingsstap } from './stappen/toestemming';
import { Verstrekkingsstap } from './stappen/verstrekking';
import { WaarStaatHet } from './stappen/waar-staat-het';

/** The command a casework step records: only who may give it sees its form. */
const OPDRACHT_VAN_STAP: Partial<Record<DeelverzoekProces['status'], OpdrachtSoort>> = {
  'afweging-1': 'afweging-1',
  'afweging-2': 'afweging-2',
  'afweging-3': 'afweging-3',
  toestemming: 'toestemmingspoging',
  verstrekking: 'verstrekking',
};

function AlleenLezen({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mt-8 max-w-3xl rounded-md border border-slate-200 bg-white p-4 text-sm">
      {children}
    </p>
  );
}

/**
 * The wizard: the form for the step the process is in, fed by the workflow's own state, for the
 * person who may take that step; everyone else sees where it stands.
 */
export function Stap({
  view,
  proces,
  wie,
}: {
  view: DeelverzoekWizard;
  proces: DeelverzoekProces;
  wie: Medewerker;
}) {
  const opdracht = OPDRACHT_VAN_STAP[proces.status];
  if (opdracht && !magOpdrachtGeven(opdracht, wie.rollen))
    return <AlleenLezen>{statusLabel[proces.status]}: deze stap zet de casemanager.</AlleenLezen>;
  const afweging4 = { wie, uiterlijk: view.volgendeActieOp, aantekeningen: view.aantekeningen };
  switch (proces.status) {
    case 'afweging-1':
      return <Afweging1 proces={proces} />;
    case 'afweging-2':
      return <Afweging2 proces={proces} />;
    case 'afweging-3':
      return <Afweging3 proces={proces} />;
    case 'toestemming':
      return (
        <Toestemmingsstap
          proces={proces}
          namen={Object.fromEntries(
            view.vertegenwoordigers.map((v) => [v.id, `${v.naam} (${vertegenwoordigerRolLabel[v.rol]})`]),
          )}
        />
      );
    case 'afweging-4': {
      const a4 = proces.afweging4;
      switch (a4.fase) {
        case 'voorstel':
          return a4.aanvrager.gebruikerId === wie.gebruikerId &&
            magOpdrachtGeven('doorbrekingsvoorstel', wie.rollen) ? (
            <Voorstelstap proces={{ ...proces, afweging4: a4 }} />
          ) : (
            <div className="mt-8 max-w-3xl">
              <WaarStaatHet a4={a4} uiterlijk={null} />
            </div>
          );
        case 'collegiale-toetsing':
          return <CollegialeToetsingsstap proces={{ ...proces, afweging4: a4 }} {...afweging4} />;
        case 'akkoord':
        case 'akkoord-achteraf':
          return <Akkoordstap proces={{ ...proces, afweging4: a4 }} {...afweging4} />;
        default:
          return <AlleenLezen>{statusLabel[proces.status]}</AlleenLezen>;
      }
    }
    case 'verstrekking':
      return <Verstrekkingsstap proces={proces} />;
    case 'informeren-achteraf':
      return <InformerenAchterafstap proces={proces} wie={wie} uiterlijk={view.volgendeActieOp} />;
    default:
      return (
        <p className="mt-8 max-w-3xl rounded-md border border-slate-200 bg-white p-4 text-sm">
          Deze stap ({statusLabel[proces.status]}) legt u nu nog vast via de API (
          <code>POST /api/v1/deelverzoeken/…/opdrachten</code>); het scherm ervoor volgt.
        </p>
      );
  }
}
