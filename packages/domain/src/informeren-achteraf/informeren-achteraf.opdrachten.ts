import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import type { Resultaat } from '../regels/resultaat';
import { valideerUitstel } from '../termijnen/uitstel';

/** Postponing telling the client: only for a gerechtvaardigde reden, approved by a leidinggevende. */
export function uitstel(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'uitstel'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const r = valideerUitstel(
    ctx.beleid,
    {
      reden: o.reden,
      onderbouwing: o.onderbouwing,
      vanaf: ctx.op,
      tot: o.tot,
      aangevraagdDoor: o.aangevraagdDoor,
      goedgekeurdDoor: ctx.door,
    },
    ctx.werkdagOpties,
  );
  if (!r.ok) return r;
  return naar(p, ctx, { ...p, status: 'informeren-achteraf', uitstel: [...p.uitstel, r.waarde] }, [
    {
      soort: 'uitstel',
      tekst: `Informeren achteraf uitgesteld tot ${o.tot} (${r.waarde.reden}). ${o.onderbouwing}`,
    },
  ]);
}

/** The client was told afterwards what was shared: the file closes as shared without consent. */
export function informerenAchteraf(
  p: ProcesIn<'informeren-achteraf'>,
  o: OpdrachtVan<'informeren-achteraf'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  return naar(
    p,
    ctx,
    {
      ...p,
      status: 'gedeeld-zonder-toestemming',
      informerenAchteraf: { ...o.informeren, door: { gebruikerId: ctx.door.gebruikerId }, op: ctx.op },
    },
    [
      {
        soort: 'informeren-achteraf',
        tekst: `Cliënt achteraf geïnformeerd (${o.informeren.wijze}).${o.informeren.reactieClient ? ` Reactie: "${o.informeren.reactieClient}"` : ''}`,
      },
    ],
  );
}
