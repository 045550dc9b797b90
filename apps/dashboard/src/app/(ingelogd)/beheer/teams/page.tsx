import { routes } from '@deelwijs/contract';
import type { Metadata } from 'next';
import Link from 'next/link';
import { zonderToegang } from '@/components/geen-toegang';
import { apiGet } from '@/lib/api.server';
import { TeamFormulier, TeamHernoemen } from './team-formulieren';

export const metadata: Metadata = { title: 'Teams' };

/** The organisation's teams: accounts and clients belong to one. */
export default async function TeamsPage() {
  const geweigerd = await zonderToegang('de teams', routes.teamsLijst);
  if (geweigerd) return geweigerd;
  const teams = await apiGet('/teams');
  return (
    <>
      <p className="text-sm">
        <Link href="/beheer">Functioneel beheer</Link> › Teams
      </p>
      <h1 className="mt-2 text-2xl font-semibold">Teams</h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Een casemanager ziet de cliënten van het eigen team. Een andere naam geven verandert niets aan wie er
        in het team zit.
      </p>
      <table className="mt-6 w-full max-w-3xl text-left text-sm">
        <caption className="sr-only">Alle teams</caption>
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Naam
            </th>
            <th scope="col" className="py-2 pr-3">
              Accounts
            </th>
            <th scope="col" className="py-2">
              Andere naam
            </th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => (
            <tr key={t.id} className="border-b border-slate-100">
              <td className="py-2 pr-3">{t.naam}</td>
              <td className="py-2 pr-3">{t.accounts}</td>
              <td className="py-2">
                <TeamHernoemen team={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="nieuw-team" className="mt-10 max-w-2xl">
        <h2 id="nieuw-team" className="text-lg font-semibold">
          Nieuw team
        </h2>
        <TeamFormulier />
      </section>
    </>
  );
}
