'use client';

import Link from 'next/link';

/**
 * A page that failed on the server or in the browser: in Dutch, with a retry and a way back. The
 * digest is the code the logs know this failure by, so support can find it; the message itself
 * is not shown (it may be technical, and in production Next.js withholds it anyway).
 */
export default function Fout({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto max-w-6xl px-6 py-16">
      <title>Er ging iets mis · Deelwijs</title>
      <section aria-labelledby="fout" className="max-w-2xl">
        <h1 id="fout" className="text-2xl font-semibold">
          Er ging iets mis
        </h1>
        <p className="mt-4">
          Deze pagina kon niet worden getoond. Wat u eerder hebt vastgelegd, is bewaard. Probeer het opnieuw;
          lukt het dan nog niet, meld het dan aan de functioneel beheerder
          {error.digest ? (
            <>
              {' '}
              met de foutcode <code className="font-mono">{error.digest}</code>
            </>
          ) : null}
          .
        </p>
        <p className="mt-6 flex gap-4">
          <button type="button" className="knop" onClick={() => reset()}>
            Opnieuw proberen
          </button>
          <Link href="/" className="knop-licht">
            Naar uw startpagina
          </Link>
        </p>
      </section>
    </main>
  );
}
