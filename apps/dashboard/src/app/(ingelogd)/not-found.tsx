import type { Metadata } from 'next';
import { NietGevonden } from '@/components/niet-gevonden';
import { huidigeGebruiker } from '@/lib/api.server';
import { startpagina } from '@/lib/toegang';

export const metadata: Metadata = { title: 'Pagina niet gevonden' };

/** A deelverzoek or client that is not there (or not for this person): inside the menu, with a way back. */
export default async function NotFound() {
  const gebruiker = await huidigeGebruiker().catch(() => null);
  return <NietGevonden terug={gebruiker ? startpagina(gebruiker) : '/'} />;
}
