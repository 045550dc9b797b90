import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import type { Resultaat } from '../regels/resultaat';
import type { OpenStatus } from './deelverzoek.schema';

/** Withdrawing the deelverzoek, in any open step; the reason closes the file. */
export function intrekken(
  p: ProcesIn<OpenStatus>,
  o: OpdrachtVan<'intrekken'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  return naar(p, ctx, { ...p, status: 'ingetrokken' }, [
    { soort: 'afsluiting', tekst: `Deelverzoek ingetrokken. ${o.toelichting}` },
  ]);
}
