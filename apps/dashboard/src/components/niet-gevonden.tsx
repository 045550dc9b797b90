import Link from 'next/link';

/**
 * What a page that does not exist (or that this person may not know exists: another team's
 * deelverzoek answers 404 too) says, in Dutch, with a way back.
 */
export function NietGevonden({ terug = '/' }: { terug?: string }) {
  return (
    <section aria-labelledby="niet-gevonden" className="max-w-2xl">
      <h1 id="niet-gevonden" className="text-2xl font-semibold">
        Deze pagina bestaat niet
      </h1>
      <p className="mt-4">
        Het adres klopt niet, of wat hier stond is er niet (meer) voor u. Controleer het adres, of ga terug en
        kies opnieuw.
      </p>
      <p className="mt-6">
        <Link href={terug}>Terug naar uw startpagina</Link>
      </p>
    </section>
  );
}
