import { handtekeningSignaalLabel } from '@deelwijs/content';
import type { HandtekeningSignaal } from '@deelwijs/contract';
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
    <table className="mt-3 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">Handtekeningen te laat of achteraf afgewezen, oudste eerst</caption>
      <thead className="bg-slate-100 text-slate-700">
        <tr>
          <th scope="col" className="px-4 py-2">
            Signaal
          </th>
          <th scope="col" className="px-4 py-2">
            Cliënt
          </th>
          <th scope="col" className="px-4 py-2">
            Team
          </th>
          <th scope="col" className="px-4 py-2">
            Afweging
          </th>
          <th scope="col" className="px-4 py-2">
            Wacht sinds
          </th>
          <th scope="col" className="px-4 py-2">
            Termijn of afgewezen op
          </th>
        </tr>
      </thead>
      <tbody>
        {signalen.map((s) => (
          <tr key={`${s.deelverzoekId}:${s.signaal}`} className="border-t border-slate-200 align-top">
            <td className="px-4 py-3">
              <span
                className={`rounded px-2 py-0.5 text-xs font-medium ${s.signaal === 'akkoord-te-laat' ? 'bg-amber-100 text-amber-900' : 'bg-red-100 text-red-900'}`}
              >
                {handtekeningSignaalLabel[s.signaal]}
              </span>
            </td>
            <td className="px-4 py-3 font-mono">{s.client.pseudoniem}</td>
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
      </tbody>
    </table>
  );
}
