'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Shown when the API accepted the deelverzoek but the worker has not written it yet. */
export function WachtOpRegistratie() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-4 text-amber-900">
      Het deelverzoek is aangenomen en wordt vastgelegd zodra de verwerking draait. Deze pagina ververst
      vanzelf.
    </p>
  );
}
