'use client';

import { statusLabel, vertegenwoordigerRolLabel } from '@deelwijs/content';
import type { DeelverzoekWizard } from '@deelwijs/contract';
import type { DeelverzoekProces } from '@deelwijs/domain';
import { Afweging1 } from './stappen/afweging-1';
import { Afweging2 } from './stappen/afweging-2';
import { Afweging3 } from './stappen/afweging-3';
import { Toestemmingsstap } from './stappen/toestemming';
import { Verstrekkingsstap } from './stappen/verstrekking';

/** The wizard: the form for the step the process is in, fed by the workflow's own state. */
export function Stap({
  proces,
  vertegenwoordigers,
}: {
  proces: DeelverzoekProces;
  vertegenwoordigers: DeelverzoekWizard['vertegenwoordigers'];
}) {
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
            vertegenwoordigers.map((v) => [v.id, `${v.naam} (${vertegenwoordigerRolLabel[v.rol]})`]),
          )}
        />
      );
    case 'verstrekking':
      return <Verstrekkingsstap proces={proces} />;
    default:
      return (
        <p className="mt-8 max-w-3xl rounded-md border border-slate-200 bg-white p-4 text-sm">
          Deze stap ({statusLabel[proces.status]}) legt u nu nog vast via de API (
          <code>POST /api/v1/deelverzoeken/…/opdrachten</code>); het scherm ervoor volgt.
        </p>
      );
  }
}
