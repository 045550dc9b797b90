import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { BeheerWerk } from './beheer-werk';

export const metadata: Metadata = { title: 'Functioneel beheer' };

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/**
 * The functioneel beheerder's start page. This role manages Deelwijs, not cases: it never reads
 * client data, so it lands here instead of on a werkvoorraad it may not open; what waits for it
 * (invitations, accounts outside a team) stands on top.
 */
export default async function BeheerPage() {
  const geweigerd = await zonderToegang('functioneel beheer', routes.gebruikerAanmaken);
  if (geweigerd) return geweigerd;
  const [handleiding, accounts, teams] = await Promise.all([
    apiGet('/handleiding'),
    apiGet('/gebruikers'),
    apiGet('/teams'),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Functioneel beheer</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        U zorgt ervoor dat Deelwijs past bij de organisatie. Dossiers van cliënten en deelverzoeken ziet u
        niet: die zijn alleen voor de mensen die bij een cliënt betrokken zijn.
      </p>

      <BeheerWerk accounts={accounts} teams={teams} nu={Date.now()} />

      <section aria-labelledby="taken" className="mt-8 max-w-2xl">
        <h2 id="taken" className="text-lg font-semibold">
          Wat u beheert
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <Link href="/beheer/accounts">Accounts</Link>: wie met Deelwijs werkt, met welke rol, in welk
            team, met welke pet en welk beroepsgeheim. U nodigt mensen uit; zij kiezen zelf een wachtwoord.
          </li>
          <li>
            <Link href="/beheer/teams">Teams</Link>: welke teams er zijn en hoe ze heten.
          </li>
          <li>
            <Link href="/beheer/beleid">Termijnen</Link>: de termijnen die de organisatie zelf kiest, als
            versies.
          </li>
          <li>welke versie van de handleiding geldt (hieronder).</li>
        </ul>
      </section>

      <section aria-labelledby="versie" className="mt-8 max-w-2xl">
        <h2 id="versie" className="text-lg font-semibold">
          Handleiding in gebruik
        </h2>
        <p className="mt-2">
          Contentversie <span data-testid="beheer-contentversie">{handleiding.versie}</span> van{' '}
          {datum.format(new Date(`${handleiding.datum}T12:00:00Z`))}.{' '}
          {handleiding.actueel
            ? 'Dit is de nieuwste versie.'
            : `Er is een nieuwere versie: ${handleiding.nieuwsteVersie}.`}
        </p>
        <p className="mt-2 text-sm text-slate-600">
          Elk deelverzoek houdt de versie waaronder het begon.{' '}
          <Link href="/handleiding">Naar de handleiding</Link>
        </p>
      </section>
    </>
  );
}
