import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import { zonderToegang } from '@/components/geen-toegang';
import { NieuweClientFormulier } from './nieuwe-client-formulier';

export const metadata: Metadata = { title: 'Nieuwe cliënt' };

export default async function NieuweClientPage() {
  const geweigerd = await zonderToegang('het formulier voor een nieuwe cliënt', routes.clientRegistreren);
  if (geweigerd) return geweigerd;
  return (
    <>
      <h1 className="text-2xl font-semibold">Nieuwe cliënt</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        De geboortedatum en wie de cliënt vertegenwoordigt bepalen wie toestemming geeft. Deelwijs geeft de
        cliënt een pseudoniem; lijsten tonen alleen dat.
      </p>
      <NieuweClientFormulier />
    </>
  );
}
