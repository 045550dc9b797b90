import { type Rol, rolLabel } from '@deelwijs/contract';
import Link from 'next/link';
import { huidigeGebruiker } from '@/lib/api.server';
import { mag, startpagina } from '@/lib/toegang';

const opsomming = (delen: string[]) =>
  delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} of ${delen.at(-1)}`;

/**
 * The page for someone whose role may not open it (the API would answer 403): says why, in Dutch,
 * and leads back to their own start page instead of failing as a server error.
 */
/** `wat` completes "Alleen een … kan [wat] openen", e.g. "de werkvoorraad". */
export async function GeenToegang({ wat, route }: { wat: string; route: { roles: readonly Rol[] } }) {
  const gebruiker = await huidigeGebruiker();
  return (
    <section aria-labelledby="geen-toegang" className="max-w-2xl">
      <h1 id="geen-toegang" className="text-2xl font-semibold">
        Geen toegang
      </h1>
      <p className="mt-4">
        Alleen een {opsomming(route.roles.map((r) => rolLabel[r]))} kan {wat} openen. U bent ingelogd als{' '}
        {opsomming(gebruiker.rollen.map((r) => rolLabel[r]))}.
      </p>
      {gebruiker.rollen.includes('functioneel-beheerder') && !mag(gebruiker, route) && (
        <p className="mt-2 text-slate-600">
          Een functioneel beheerder beheert Deelwijs zelf, niet de dossiers. Gegevens van cliënten en hun
          deelverzoeken ziet alleen wie bij de cliënt betrokken is.
        </p>
      )}
      {gebruiker.rollen.includes('privacy-officer') && !mag(gebruiker, route) && (
        <p className="mt-2 text-slate-600">
          Als privacy officer opent u een dossier alleen bewust: zoek het deelverzoek op onder{' '}
          <Link href="/toezicht">Toezicht</Link> en kies daar "Inzien met reden".
        </p>
      )}
      <p className="mt-6">
        <Link href={startpagina(gebruiker)}>Terug naar uw startpagina</Link>
      </p>
    </section>
  );
}

/** The refusal to render when this person may not use the route behind a page, otherwise null. */
export async function zonderToegang(wat: string, route: { roles: readonly Rol[] }) {
  return mag(await huidigeGebruiker(), route) ? null : <GeenToegang wat={wat} route={route} />;
}

/**
 * The page for someone whose role may open it, but who is not involved in this deelverzoek (the API
 * answered 403 with the reason, in Dutch): the reason, and the way back.
 */
export async function NietBetrokken({ detail }: { detail: string }) {
  const gebruiker = await huidigeGebruiker();
  return (
    <section aria-labelledby="geen-toegang" className="max-w-2xl">
      <h1 id="geen-toegang" className="text-2xl font-semibold">
        Geen toegang
      </h1>
      <p className="mt-4">{detail}</p>
      <p className="mt-6">
        <Link href={startpagina(gebruiker)}>Terug naar uw startpagina</Link>
      </p>
    </section>
  );
}
