import type { ToestemmingVastgelopenSignaal } from '@deelwijs/contract';
import Link from 'next/link';
import { LijstTabel } from './lijst-tabel';
import { Moment } from './moment';

/** Consent processes whose clock ran out, longest stalled first. Metadata only. */
export function ToestemmingTabel({ signalen }: { signalen: readonly ToestemmingVastgelopenSignaal[] }) {
  if (signalen.length === 0)
    return <p className="mt-2 text-sm text-slate-600">Geen toestemming die is vastgelopen.</p>;
  return (
    <LijstTabel
      bijschrift="Vastgelopen toestemming, langst vastgelopen eerst"
      kolommen={['Cliënt', 'Team', 'Toestemming gevraagd sinds', 'Vastgelopen sinds', 'Pogingen']}
    >
      {signalen.map((s) => (
        <tr key={s.deelverzoekId} className="border-t border-slate-200">
          <td className="px-4 py-3 font-mono">
            <Link href={`/toezicht/deelverzoeken/${s.deelverzoekId}`}>{s.client.pseudoniem}</Link>
          </td>
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
    </LijstTabel>
  );
}
