import { type DeelverzoekWizard, routes, type ToetsingInPoolView } from '@deelwijs/contract';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NietBetrokken, zonderToegang } from '@/components/geen-toegang';
import { ApiFout, bestaatNiet, eenmaal, huidigeGebruiker, titelVan } from '@/lib/api.server';
import { DeelverzoekScherm } from './deelverzoek-scherm';
import { ToetsingInPool } from './toetsing-in-pool';
import { WachtOpRegistratie } from './wacht-op-registratie';

/** What the page is and for which client (the pseudonym: the title lands in the browser's history). */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const title = await titelVan(
    () => eenmaal(`/deelverzoeken/${id}/wizard`),
    (v) =>
      'soort' in v
        ? `Collegiale toetsing voor ${v.client.pseudoniem}`
        : `Deelverzoek voor ${v.client.pseudoniem}`,
    'Deelverzoek',
  );
  return { title };
}

/** One request serves the page: the deelverzoek, its process, who may consent, and the file. */
export default async function DeelverzoekPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ 'in-behandeling'?: string }>;
}) {
  const geweigerd = await zonderToegang('een deelverzoek', routes.deelverzoekVinden);
  if (geweigerd) return geweigerd;
  const { id } = await params;
  let view: DeelverzoekWizard | ToetsingInPoolView;
  try {
    view = await eenmaal(`/deelverzoeken/${id}/wizard`);
  } catch (fout) {
    if (bestaatNiet(fout)) {
      if ((await searchParams)['in-behandeling']) return <WachtOpRegistratie />;
      notFound();
    }
    // The role may, but this person is not involved in this deelverzoek (need to know).
    if (fout instanceof ApiFout && fout.status === 403)
      return <NietBetrokken detail={fout.problem.detail ?? ''} />;
    throw fout;
  }
  // A collega who has yet to take a review from the pool gets only what is needed to decide to take it.
  if ('soort' in view) return <ToetsingInPool view={view} />;
  return <DeelverzoekScherm begin={view} gebruiker={await huidigeGebruiker()} />;
}
