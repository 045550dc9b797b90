'use client';

import { useRouter } from 'next/navigation';
import { apiSend } from '@/lib/api.client';

/** Logs out here, or (`overal`) on every device this account is logged in on. */
export function UitlogKnop({ overal = false }: { overal?: boolean }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-merk underline-offset-2 hover:underline"
      title={overal ? 'Beëindigt uw sessies op alle apparaten, ook deze' : undefined}
      onClick={async () => {
        await apiSend('DELETE', overal ? '/sessies' : '/sessies/huidige');
        router.push('/inloggen');
        router.refresh();
      }}
    >
      {overal ? 'Overal uitloggen' : 'Uitloggen'}
    </button>
  );
}
