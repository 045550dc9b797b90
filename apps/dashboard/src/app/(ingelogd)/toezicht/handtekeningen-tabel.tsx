import { handtekeningSignaalLabel } from '@deelwijs/content';
import type { HandtekeningSignaal } from '@deelwijs/contract';
import Link from 'next/link';
import { LijstTabel } from './lijst-tabel';
import { Moment } from './moment';

/**
 * The sign-offs the privacy officer must see: overdue, or shared in acute danger and refused
 * afterwards. Process metadata only — the weighing stays with the team until a deliberate look.
 */
export function HandtekeningenTabel({ signalen }: { signalen: readonly HandtekeningSignaal[] }) {
  if (signalen.length === 0)
    return (
      <p className="mt-2 text-sm text-slate-600">
        Er zijn geen handtekeningen te laat en geen acute verstrekkingen achteraf afgewezen.
      </p>
    );
  return (
    <LijstTabel
      bijschrift="Handtekeningen te laat of achteraf afgewezen, oudste eerst"
      kolommen={['Signaal', 'Cliënt', 'Team', 'Afweging', 'Wacht sinds', 'Termijn of afgewezen op']}
    >
      {signalen.map((s) => (
        <tr key={`${s.deelverzoekId}:${s.signaal}`} className="border-t border-slate-200 align-top">
          <td className="px-4 py-3">
            <span
              className={`rounded px-2 py-0.5 text-xs font-medium ${s.signaal === 'akkoord-te-laat' ? 'bg-amber-100 text-amber-900' : 'bg-red-100 text-red-900'}`}
            >
              {handtekeningSignaalLabel[s.signaal]}
            </span>
          </td>
          <td className="px-4 py-3 font-mono">
            <Link href={`/toezicht/deelverzoeken/${s.deelverzoekId}`}>{s.client.pseudoniem}</Link>
          </td>
          <td className="px-4 py-3">{s.team}</td>
          <td className="px-4 py-3">{s.afweging ?? '—'}</td>
          <td className="px-4 py-3">
            <Moment iso={s.sinds} />
          </td>
          <td className="px-4 py-3">
            {s.afgewezenOp ? (
              <>
                afgewezen op <Moment iso={s.afgewezenOp} />
              </>
            ) : (
              <Moment iso={s.uiterlijk} />
            )}
          </td>
        </tr>
      ))}
    </LijstTabel>
  );
}
