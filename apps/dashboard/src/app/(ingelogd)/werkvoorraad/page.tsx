import { naarMedewerker, routes } from '@deelwijs/contract';
import { magOpdrachtGeven } from '@deelwijs/domain';
import type { Metadata } from 'next';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { mag } from '@/lib/toegang';
import type { ToezichtLijsten } from './groepen';
import { WerkvoorraadScherm } from './werkvoorraad-scherm';

export const metadata: Metadata = { title: 'Werkvoorraad' };

/** Reviews, signatures and uitstel decisions only ever wait for a collega or a leidinggevende. */
const TAAK_OPDRACHTEN = ['toetsing-oppakken', 'akkoord-leidinggevende', 'uitstel-besluit'] as const;

/** The toezicht's own lists, as /toezicht shows them: what the privacy officer must look at now. */
const toezichtLijsten = async (): Promise<ToezichtLijsten> => {
  const [informeren, handtekeningen, vastgelopen] = await Promise.all([
    apiGet('/toezicht/informeren-achteraf?perPagina=100'),
    apiGet('/toezicht/handtekeningen?perPagina=100'),
    apiGet('/toezicht/toestemming-vastgelopen?perPagina=100'),
  ]);
  return {
    informeren: informeren.items,
    handtekeningen: handtekeningen.items,
    vastgelopen: vastgelopen.items,
  };
};

export default async function WerkvoorraadPage() {
  const geweigerd = await zonderToegang('de werkvoorraad', routes.werkvoorraad);
  if (geweigerd) return geweigerd;
  const gebruiker = await huidigeGebruiker();
  const [werkvoorraad, toezicht] = await Promise.all([
    apiGet('/werkvoorraad'),
    mag(gebruiker, routes.toezichtHandtekeningen) ? toezichtLijsten() : null,
  ]);
  return (
    <WerkvoorraadScherm
      werkvoorraad={werkvoorraad}
      nu={Date.now()}
      magStarten={mag(gebruiker, routes.deelverzoekStarten)}
      krijgtTaken={TAAK_OPDRACHTEN.some((o) => magOpdrachtGeven(o, naarMedewerker(gebruiker).rollen))}
      toezicht={toezicht}
      magTeam={mag(gebruiker, routes.teamWerk)}
    />
  );
}
