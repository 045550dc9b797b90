import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { NieuwDeelverzoekFormulier } from './nieuw-deelverzoek-formulier';

export const metadata: Metadata = { title: 'Nieuw deelverzoek' };

export default async function NieuwDeelverzoekPage({
  searchParams,
}: {
  searchParams: Promise<{ client?: string }>;
}) {
  const geweigerd = await zonderToegang(
    'het formulier voor een nieuw deelverzoek',
    routes.deelverzoekStarten,
  );
  if (geweigerd) return geweigerd;
  const { client } = await searchParams;
  const clienten = await apiGet('/clienten?perPagina=100');
  return (
    <>
      <h1 className="text-2xl font-semibold">Nieuw deelverzoek</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Beschrijf wat u wilt delen, met wie en waarom. Daarna loopt u de afwegingen door; niets wordt gedeeld
        voordat die zijn gemaakt en vastgelegd.
      </p>
      <NieuwDeelverzoekFormulier
        clienten={clienten.items}
        standaardClientId={clienten.items.some((c) => c.id === client) ? client : undefined}
      />
    </>
  );
}
