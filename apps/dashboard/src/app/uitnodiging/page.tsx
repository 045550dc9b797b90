import type { Metadata } from 'next';
import { UitnodigingAannemen } from './uitnodiging-aannemen';

export const metadata: Metadata = { title: 'Uitnodiging aannemen' };

/**
 * The invitee's page, without a session. The link's secret is in the fragment (`#…`), which the
 * browser never sends to a server: only the script on this page reads it and posts it to the API.
 */
export default function UitnodigingPage() {
  return (
    <main
      id="inhoud"
      tabIndex={-1}
      className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm"
    >
      <h1 className="text-2xl font-semibold text-merk">Welkom bij Deelwijs</h1>
      <UitnodigingAannemen />
    </main>
  );
}
