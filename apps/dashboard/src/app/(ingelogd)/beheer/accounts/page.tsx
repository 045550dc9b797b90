import { rolLabel, routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { statusTekst } from './status';
import { UitnodigFormulier } from './uitnodig-formulier';

export const metadata: Metadata = { title: 'Accounts' };

/** Every account with its roles, team and status, and the invitation form. */
export default async function AccountsPage() {
  const geweigerd = await zonderToegang('de accounts', routes.gebruikerAanmaken);
  if (geweigerd) return geweigerd;
  const [accounts, teams] = await Promise.all([apiGet('/gebruikers'), apiGet('/teams')]);
  const teamNaam = new Map(teams.map((t) => [t.id, t.naam]));
  return (
    <>
      <p className="text-sm">
        <Link href="/beheer">Functioneel beheer</Link> › Accounts
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Accounts</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Wie met Deelwijs werkt, met welke rollen en in welk team. U nodigt mensen uit; zij kiezen zelf hun
        wachtwoord.
      </p>
      <table className="mt-6 w-full text-left text-sm">
        <caption className="sr-only">Alle accounts</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Naam
            </th>
            <th scope="col" className="py-2 pr-3">
              E-mailadres
            </th>
            <th scope="col" className="py-2 pr-3">
              Rollen
            </th>
            <th scope="col" className="py-2 pr-3">
              Team
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2">
              <span className="sr-only">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.id} className="border-b border-slate-100" data-testid={`account-${a.email}`}>
              <td className="py-2 pr-3">{a.naam}</td>
              <td className="py-2 pr-3">{a.email}</td>
              <td className="py-2 pr-3">{a.rollen.map((r) => rolLabel[r]).join(', ')}</td>
              <td className="py-2 pr-3">{teamNaam.get(a.team) ?? a.team}</td>
              <td className="py-2 pr-3">{statusTekst(a)}</td>
              <td className="py-2">
                <Link href={`/beheer/accounts/${a.id}`}>
                  Wijzigen<span className="sr-only"> ({a.naam})</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="nieuw" className="mt-10">
        <h2 id="nieuw" className="text-lg font-semibold">
          Nieuw account
        </h2>
        <UitnodigFormulier teams={teams} />
      </section>
    </>
  );
}
