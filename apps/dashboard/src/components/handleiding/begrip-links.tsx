import type { BegripId } from '@deelwijs/content';
import Link from 'next/link';
import { begripHref } from '@/lib/handleiding';

/** Links from an item to the glossary terms it uses; nothing when it uses none. */
export function BegripLinks({
  ids,
  termen,
  label = 'Begrippen',
}: {
  ids: readonly BegripId[];
  termen: Record<string, string>;
  label?: string;
}) {
  if (ids.length === 0) return null;
  return (
    <p className="mt-2 text-sm text-slate-700">
      <span className="text-slate-600">{label}: </span>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <Link href={begripHref(id)}>{termen[id] ?? id}</Link>
        </span>
      ))}
    </p>
  );
}
