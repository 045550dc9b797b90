import { naarMedewerker, routes } from '@deelwijs/contract';
import { magOpdrachtGeven } from '@deelwijs/domain';
import type { Metadata } from 'next';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { mag } from '@/lib/toegang';
import { WerkvoorraadScherm } from './werkvoorraad-scherm';

export const metadata: Metadata = { title: 'Werkvoorraad' };

/** Reviews, signatures and uitstel decisions only ever wait for a collega or a leidinggevende. */
const TAAK_OPDRACHTEN = ['toetsing-oppakken', 'akkoord-leidinggevende', 'uitstel-besluit'] as const;

export default async function WerkvoorraadPage() {
  const geweigerd = await zonderToegang('de werkvoorraad', routes.werkvoorraad);
  if (geweigerd) return geweigerd;
  const [gebruiker, werkvoorraad] = await Promise.all([huidigeGebruiker(), apiGet('/werkvoorraad')]);
  return (
    <WerkvoorraadScherm
      werkvoorraad={werkvoorraad}
      nu={Date.now()}
      magStarten={mag(gebruiker, routes.deelverzoekStarten)}
      krijgtTaken={TAAK_OPDRACHTEN.some((o) => magOpdrachtGeven(o, naarMedewerker(gebruiker).rollen))}
    />
  );
}
