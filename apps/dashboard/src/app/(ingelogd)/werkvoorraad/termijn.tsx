import { formatMoment, isVerlopen, termijnInWoorden } from '@/lib/datum';

/**
 * A deadline in words ("nog 3 uur", "2 dagen te laat") beside the exact moment. Overdue is said in
 * the words themselves; the colour only repeats it.
 */
export function Termijn({
  uiterlijk,
  inWerkdagen = false,
  nu,
}: {
  uiterlijk: string | null;
  /** The policy set it in werkdagen: what is left is counted in werkdagen. */
  inWerkdagen?: boolean;
  nu: number;
}) {
  if (!uiterlijk) return <span className="text-slate-600">Geen termijn</span>;
  const verlopen = isVerlopen(uiterlijk, nu);
  return (
    <span>
      <span className={verlopen ? 'font-semibold text-red-700' : 'font-medium'}>
        {termijnInWoorden(uiterlijk, nu, inWerkdagen)}
      </span>{' '}
      <span className="text-slate-600">
        (<time dateTime={uiterlijk}>{formatMoment(uiterlijk)}</time>)
      </span>
    </span>
  );
}
