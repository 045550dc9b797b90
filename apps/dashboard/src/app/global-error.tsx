'use client';

import './globals.css';

/** When even the root layout fails: a page of its own, still in Dutch, with lang, title and a landmark. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="nl">
      <body className="min-h-screen">
        <title>Er ging iets mis · Deelwijs</title>
        <main id="inhoud" className="mx-auto max-w-2xl px-6 py-16">
          <h1 className="text-2xl font-semibold">Er ging iets mis</h1>
          <p className="mt-4">
            Deelwijs kon deze pagina niet tonen. Wat u eerder hebt vastgelegd, is bewaard.
            {error.digest ? ` Foutcode: ${error.digest}.` : ''}
          </p>
          <p className="mt-6 flex gap-4">
            <button type="button" className="knop" onClick={() => reset()}>
              Opnieuw proberen
            </button>
            {/* A full load, not the router: the router is what may have failed. */}
            <a href="/" className="knop-licht">
              Naar uw startpagina
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
