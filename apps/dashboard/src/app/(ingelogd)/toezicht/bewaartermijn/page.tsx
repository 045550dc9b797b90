import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { EerdereRapporten, LaatsteRapport, Planning } from './bewaartermijn-rapporten';

export const metadata: Metadata = { title: 'Bewaartermijn' };

/** What the scheduled retention run found past its period and removed (privacy officer). */
export default async function BewaartermijnPage() {
  const geweigerd = await zonderToegang('de bewaartermijn', routes.toezichtBewaartermijn);
  if (geweigerd) return geweigerd;
  const { rapporten, planning } = await apiGet('/toezicht/bewaartermijn');
  return (
    <>
      <p className="text-sm">
        <Link href="/toezicht">Terug naar Toezicht</Link>
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Bewaartermijn</h1>
      <Planning planning={planning} />
      <section aria-labelledby="laatste" className="mt-8">
        <h2 id="laatste" className="text-lg font-semibold">
          Laatste controle
        </h2>
        <LaatsteRapport rapport={rapporten[0]} />
      </section>
      {rapporten.length > 1 && (
        <section aria-labelledby="eerder" className="mt-8">
          <h2 id="eerder" className="text-lg font-semibold">
            Eerdere controles
          </h2>
          <EerdereRapporten rapporten={rapporten.slice(1)} />
        </section>
      )}
    </>
  );
}
