'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * The question before an irreversible step on an account: what will happen, then "Ja, …" or
 * Annuleren. It takes the focus when it opens, so a screen reader reads it and Enter answers it.
 */
export function Bevestigvraag({
  vraag,
  ja,
  bezig,
  onJa,
  onAnnuleer,
  children,
}: {
  vraag: string;
  ja: string;
  bezig: boolean;
  onJa: () => void;
  onAnnuleer: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={`${id}-titel`}
      aria-describedby={`${id}-tekst`}
      className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <p id={`${id}-titel`} className="font-semibold">
        {vraag}
      </p>
      <div id={`${id}-tekst`}>{children}</div>
      <div className="mt-3 flex gap-3">
        <button type="button" className="knop" onClick={onJa} disabled={bezig}>
          {ja}
        </button>
        <button type="button" className="knop-licht" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </div>
  );
}
