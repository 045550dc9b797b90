import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { mag } from '@/lib/toegang';
import { ClientenTabel } from './clienten-tabel';
import { ClientenZoeken } from './clienten-zoeken';

export const metadata: Metadata = { title: 'Cliënten' };

// Only the page number is in the URL; a search term never is (see ClientenZoeken).
export default async function ClientenPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  const geweigerd = await zonderToegang('de lijst van cliënten', routes.clientenLijst);
  if (geweigerd) return geweigerd;
  const gebruiker = await huidigeGebruiker();
  const { pagina: p } = await searchParams;
  const pagina = Math.max(1, Number(p ?? 1) || 1);
  const lijst = await apiGet(`/clienten?pagina=${pagina}&perPagina=25`);
  return (
    <>
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Cliënten</h1>
        {mag(gebruiker, routes.clientRegistreren) && (
          <Link href="/clienten/nieuw" className="knop">
            Nieuwe cliënt
          </Link>
        )}
      </div>
      <ClientenZoeken>
        {lijst.items.length === 0 ? (
          <p className="mt-6 text-slate-600">Uw team heeft nog geen cliënten.</p>
        ) : (
          <ClientenTabel items={lijst.items} bijschrift="Cliënten van uw team" />
        )}
        <p className="mt-3 text-sm text-slate-600">
          {lijst.totaal} cliënt{lijst.totaal === 1 ? '' : 'en'}
          {pagina > 1 && (
            <>
              {' · '}
              <Link href={`/clienten?pagina=${pagina - 1}`}>Vorige</Link>
            </>
          )}
          {pagina * lijst.perPagina < lijst.totaal && (
            <>
              {' · '}
              <Link href={`/clienten?pagina=${pagina + 1}`}>Volgende</Link>
            </>
          )}
        </p>
      </ClientenZoeken>
    </>
  );
}
