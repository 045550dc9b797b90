'use client';

import { gerechtvaardigdeRedenen } from '@deelwijs/content';
import type { NietVoorafInformeren } from '@deelwijs/domain';
import { afwegingVan } from '@/lib/inhoud';
import { Toelichting } from './velden';

export const leegNietVooraf = (): NietVoorafInformeren => ({
  reden: '',
  onderbouwing: '',
  overlegMetCollegas: '',
});

/**
 * Afweging 4b: not telling the client beforehand, only for one of the three gerechtvaardigde
 * redenen (content), with reasons and after talking it through with colleagues.
 */
export function NietVoorafInformerenVelden({
  contentVersie,
  invoer,
  onChange,
}: {
  contentVersie: string;
  invoer: NietVoorafInformeren;
  onChange: (v: NietVoorafInformeren) => void;
}) {
  const afweging = afwegingVan(contentVersie, '4b');
  return (
    <div className="space-y-2 rounded-md bg-amber-50 p-3 text-sm" data-afweging="4b">
      <p className="font-medium">{afweging.titel}</p>
      {afweging.uitleg.map((u) => (
        <p key={u}>{u}</p>
      ))}
      <fieldset>
        <legend className="font-medium">Welke gerechtvaardigde reden?</legend>
        {gerechtvaardigdeRedenen.map((r) => (
          <label key={r.id} className="mt-1 flex items-start gap-2">
            <input
              type="radio"
              name="gerechtvaardigde-reden"
              className="mt-1"
              checked={invoer.reden === r.id}
              onChange={() => onChange({ ...invoer, reden: r.id })}
            />
            <span>
              {r.naam}
              <span className="block text-slate-600">{r.uitleg}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Toelichting
        label="Waarom geldt deze reden hier?"
        waarde={invoer.onderbouwing}
        onChange={(onderbouwing) => onChange({ ...invoer, onderbouwing })}
      />
      <Toelichting
        label="Met welke collega’s overlegde u, en wat vonden zij?"
        waarde={invoer.overlegMetCollegas}
        onChange={(overlegMetCollegas) => onChange({ ...invoer, overlegMetCollegas })}
      />
    </div>
  );
}
