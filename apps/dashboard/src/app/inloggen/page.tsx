import type { Metadata } from 'next';
import { apiUrl } from '@/lib/config';
import { InlogFormulier } from './inlog-formulier';

export const metadata: Metadata = { title: 'Inloggen' };
// Whether the organisation's provider is configured is a run-time setting of the API.
export const dynamic = 'force-dynamic';

/** Without an answer from the API the password login alone is shown; it reports its own errors. */
async function oidcAan(): Promise<boolean> {
  try {
    const response = await fetch(`${apiUrl()}/api/v1/sessies/methoden`, {
      cache: 'no-store',
      signal: AbortSignal.timeout(3000),
    });
    return response.ok && (await response.json()).oidc === true;
  } catch {
    return false;
  }
}

export default async function InloggenPage() {
  const oidc = await oidcAan();
  return (
    <main
      id="inhoud"
      tabIndex={-1}
      className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
    >
      <h1 className="text-2xl font-semibold text-merk">Deelwijs</h1>
      <p className="mt-1 text-sm text-slate-600">Log in om deelverzoeken af te wegen en vast te leggen.</p>
      <InlogFormulier />
      {oidc && (
        <>
          <p className="mt-6 text-center text-sm text-slate-500">of</p>
          {/* A full page navigation, not a client-side route: the API redirects to the provider. */}
          <a href="/api/v1/sessies/oidc" className="knop-licht mt-2 w-full">
            Inloggen met uw organisatie-account
          </a>
        </>
      )}
    </main>
  );
}
