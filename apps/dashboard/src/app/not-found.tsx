import type { Metadata } from 'next';
import { NietGevonden } from '@/components/niet-gevonden';

export const metadata: Metadata = { title: 'Pagina niet gevonden' };

/** An address outside every page (the start page sends each person to their own). */
export default function NotFound() {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto max-w-6xl px-6 py-16">
      <NietGevonden />
    </main>
  );
}
