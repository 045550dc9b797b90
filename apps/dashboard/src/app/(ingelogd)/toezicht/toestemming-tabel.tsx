import type { ToestemmingVastgelopenSignaal } from '@deelwijs/contract';
import { Moment } from './moment';

/** Consent processes whose clock ran out, longest stalled first. Metadata only. */
export function ToestemmingTabel({ signalen }: { signalen: readonly ToestemmingVastgelopenSignaal[] }) {
  if (signalen.length === 0)
    return <p className="mt-2 text-sm text-slate-600">Geen toestemming die is vastgelopen.</p>;
  return (
    <table className="mt-3 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">Vastgelopen toestemming, langst vastgelopen eerst</caption>
      <thead className="bg-slate-100 text-slate-700">
        <tr>
          <th scope="col" className="px-4 py-2">
            Cliënt
          </th>
          <th scope="col" className="px-4 py-2">
            Team
          </th>
          <th scope="col" className="px-4 py-2">
            Toestemming gevraagd sinds
          </th>
          <th scope="col" className="px-4 py-2">
            Vastgelopen sinds
          </th>
          <th scope="col" className="px-4 py-2">
            Pogingen
          </th>
        </tr>
      </thead>
      <tbody>
        {signalen.map((s) => (
          <tr key={s.deelverzoekId} className="border-t border-slate-200">
            <td className="px-4 py-3 font-mono">{s.client.pseudoniem}</td>
            <td className="px-4 py-3">{s.team}</td>
            <td className="px-4 py-3">
              <Moment iso={s.gevraagdVanaf} />
            </td>
            <td className="px-4 py-3">
              <Moment iso={s.sinds} />
            </td>
            <td className="px-4 py-3">{s.pogingen === 0 ? 'Nog niet gevraagd' : s.pogingen}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
