'use client';

import { useRouter } from 'next/navigation';
import { apiSend } from '@/lib/api.client';

export function UitlogKnop() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-merk underline-offset-2 hover:underline"
      onClick={async () => {
        await apiSend('DELETE', '/sessies/huidige');
        router.push('/inloggen');
        router.refresh();
      }}
    >
      Uitloggen
    </button>
  );
}
