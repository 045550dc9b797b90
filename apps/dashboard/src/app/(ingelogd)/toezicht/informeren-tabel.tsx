import { informerenAchterafRouteLabel } from '@deelwijs/content';
import type { InformerenAchterafSignaal } from '@deelwijs/contract';
import Link from 'next/link';
import { termijnInWoorden } from '@/lib/datum';
import { LijstTabel } from './lijst-tabel';
import { Moment } from './moment';

/**
 * Clients still to be told what was shared about them, overdue first, then due within a week.
 * Metadata only: who must act is the team; the privacy officer watches the deadline.
 */
export function InformerenTabel({
  signalen,
  nu,
}: {
  signalen: readonly InformerenAchterafSignaal[];
  nu: number;
}) {
  if (signalen.length === 0)
    return (
      <p className="mt-2 text-sm text-slate-600">
        Geen cliënten die te laat of binnen een week moeten horen wat er over hen is gedeeld.
      </p>
    );
  return (
    <LijstTabel
      bijschrift="Informeren achteraf: te laat of binnen een week, vroegste termijn eerst"
      kolommen={['Cliënt', 'Team', 'Route', 'Gedeeld op', 'Uiterlijk informeren', 'Uitstel']}
    >
      {signalen.map((s) => (
        <tr key={s.deelverzoekId} className="border-t border-slate-200 align-top">
          <td className="px-4 py-3 font-mono">
            <Link href={`/toezicht/deelverzoeken/${s.deelverzoekId}`}>{s.client.pseudoniem}</Link>
          </td>
          <td className="px-4 py-3">{s.team}</td>
          <td className="px-4 py-3">{informerenAchterafRouteLabel[s.route]}</td>
          <td className="px-4 py-3">
            <Moment iso={s.verstrektOp} />
          </td>
          <td className="px-4 py-3">
            <Moment iso={s.uiterlijk} />
            <span className={`block text-xs ${s.teLaat ? 'font-semibold text-red-700' : 'text-slate-600'}`}>
              {termijnInWoorden(s.uiterlijk, nu, s.inWerkdagen)}
            </span>
          </td>
          <td className="px-4 py-3">
            {s.uitstelTot ? (
              <>
                tot <Moment iso={s.uitstelTot} />
              </>
            ) : (
              'geen'
            )}
            {s.uitstelGevraagd && <span className="block text-xs">gevraagd, wacht op besluit</span>}
          </td>
        </tr>
      ))}
    </LijstTabel>
  );
}
