import { redirect } from 'next/navigation';
import { huidigeGebruiker } from '@/lib/api.server';
import { startpagina } from '@/lib/toegang';

/** Each role lands on its own start page (not logged in: apiGet sends to /inloggen). */
export default async function Home() {
  redirect(startpagina(await huidigeGebruiker()));
}
