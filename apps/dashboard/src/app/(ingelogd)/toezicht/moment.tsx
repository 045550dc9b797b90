import { formatMoment } from '@/lib/datum';

/** A moment in Dutch local time, machine-readable too; none reads as "geen". */
export const Moment = ({ iso }: { iso: string | null }) =>
  iso ? <time dateTime={iso}>{formatMoment(iso)}</time> : <span>geen</span>;
