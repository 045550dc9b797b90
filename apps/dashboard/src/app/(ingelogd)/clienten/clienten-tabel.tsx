import type { ClientView } from '@deelwijs/contract';
import Link from 'next/link';

/**
 * Clients as a table: pseudonym (the link) and birth date. Never the name: a list is seen over a
 * shoulder and in screenshots, so the name stands only on the client's own page (as the new-client
 * page promises).
 */
export function ClientenTabel({ items, bijschrift }: { items: ClientView[]; bijschrift: string }) {
  return (
    <table className="mt-6 w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">{bijschrift}</caption>
      <thead className="bg-slate-100 text-slate-700">
        <tr>
          <th className="px-4 py-2">Pseudoniem</th>
          <th className="px-4 py-2">Geboortedatum</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} className="border-t border-slate-200">
            <td className="px-4 py-2 font-mono">
              <Link href={`/clienten/${c.id}`}>{c.pseudoniem}</Link>
            </td>
            <td className="px-4 py-2">
              {new Date(`${c.geboortedatum}T12:00:00Z`).toLocaleDateString('nl-NL')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
