import type { Metadata } from 'next';
import { InlogFormulier } from './inlog-formulier';

export const metadata: Metadata = { title: 'Inloggen' };

export default function InloggenPage() {
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold text-merk">Deelwijs</h1>
      <p className="mt-1 text-sm text-slate-600">Log in om deelverzoeken af te wegen en vast te leggen.</p>
      <InlogFormulier />
    </main>
  );
}
