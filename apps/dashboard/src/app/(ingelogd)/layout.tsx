import { routes } from '@deelwijs/contract';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { apiGet, huidigeGebruiker } from '@/lib/api.server';
import { mag, startpagina } from '@/lib/toegang';
import { UitlogKnop } from './uitlog-knop';

export default async function IngelogdLayout({ children }: { children: ReactNode }) {
  const gebruiker = await huidigeGebruiker();
  // The content version in force, on every page; the page still works if this one call fails.
  const handleiding = await apiGet('/handleiding').catch(() => null);
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center gap-6 px-6 py-3">
          <Link href={startpagina(gebruiker)} className="text-lg font-semibold text-merk no-underline">
            Deelwijs
          </Link>
          {/* Only what this role can open: the route registry's roles, as the API enforces them. */}
          <nav aria-label="Hoofdmenu" className="flex gap-4 text-sm">
            {mag(gebruiker, routes.werkvoorraad) && <Link href="/werkvoorraad">Werkvoorraad</Link>}
            {mag(gebruiker, routes.deelverzoekenLijst) && <Link href="/deelverzoeken">Deelverzoeken</Link>}
            {mag(gebruiker, routes.clientenLijst) && <Link href="/clienten">Cliënten</Link>}
            {mag(gebruiker, routes.deelverzoekStarten) && (
              <Link href="/deelverzoeken/nieuw">Nieuw deelverzoek</Link>
            )}
            {mag(gebruiker, routes.teamWerk) && <Link href="/team">Team</Link>}
            {mag(gebruiker, routes.toezichtHandtekeningen) && <Link href="/toezicht">Toezicht</Link>}
            {mag(gebruiker, routes.toezichtRolwijzigingen) && (
              <Link href="/toezicht/rolwijzigingen">Rolwijzigingen</Link>
            )}
            {mag(gebruiker, routes.gebruikerAanmaken) && <Link href="/beheer">Beheer</Link>}
            <Link href="/handleiding">Handleiding</Link>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <span>
              {gebruiker.naam} · {gebruiker.team}
            </span>
            <UitlogKnop />
            <UitlogKnop overal />
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto max-w-6xl px-6 py-8 focus:outline-none">
        {children}
      </main>
      {handleiding && (
        <footer className="mx-auto max-w-6xl border-t border-slate-200 px-6 py-4 text-xs text-slate-600">
          Gebaseerd op de <Link href="/handleiding">handleiding</Link>, contentversie{' '}
          <span data-testid="contentversie">{handleiding.versie}</span>
          {handleiding.actueel ? '' : ` (er is een nieuwere: ${handleiding.nieuwsteVersie})`}.
        </footer>
      )}
    </>
  );
}
