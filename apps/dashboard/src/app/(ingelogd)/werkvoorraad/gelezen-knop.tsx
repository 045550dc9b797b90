'use client';

import { useRouter } from 'next/navigation';
import { apiSend } from '@/lib/api.client';

export function GelezenKnop({ id }: { id: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="knop-licht text-xs"
      onClick={async () => {
        await apiSend('POST', `/notificaties/${encodeURIComponent(id)}/gelezen`);
        router.refresh();
      }}
    >
      Gelezen
    </button>
  );
}
