import type { ReactNode } from 'react';

/**
 * The shell every list on the Toezicht page shares: a caption for screen readers, column headers
 * with their scope, and the rows the list itself renders.
 */
export function LijstTabel({
  bijschrift,
  kolommen,
  children,
}: {
  bijschrift: string;
  kolommen: readonly string[];
  children: ReactNode;
}) {
  return (
    <table className="mt-3 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">{bijschrift}</caption>
      <thead className="bg-slate-100 text-slate-700">
        <tr>
          {kolommen.map((k) => (
            <th key={k} scope="col" className="px-4 py-2">
              {k}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
