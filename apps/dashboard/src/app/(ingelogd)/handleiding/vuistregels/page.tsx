import type { Metadata } from 'next';
import { BegripLinks } from '@/components/handleiding/begrip-links';
import { BronRegel } from '@/components/handleiding/bron-regel';
import { apiGet } from '@/lib/api.server';
import { begripTermen } from '@/lib/handleiding.server';

export const metadata: Metadata = { title: 'Visie en vuistregels' };

export default async function VuistregelsPage() {
  const [v, termen] = await Promise.all([apiGet('/handleiding/vuistregels'), begripTermen()]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Visie en vuistregels</h1>
      <h2 className="mt-6 text-lg font-semibold">Uitgangspunten</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {v.visie.punten.map((p) => (
          <li key={p.nummer}>{p.tekst}</li>
        ))}
      </ol>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{v.visie.transparantie}</p>
      <BronRegel bron={v.visie.bron} />

      <h2 className="mt-8 text-lg font-semibold">De tien vuistregels</h2>
      <ol className="mt-2 space-y-3">
        {v.vuistregels.map((r) => (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-medium">
              {r.nummer}. {r.regel}
            </p>
            {r.uitleg.map((u) => (
              <p key={u} className="mt-1 text-sm text-slate-700">
                {u}
              </p>
            ))}
            <BegripLinks ids={r.begrippen} termen={termen} />
            <BronRegel bron={r.bron} />
          </li>
        ))}
      </ol>
    </>
  );
}
