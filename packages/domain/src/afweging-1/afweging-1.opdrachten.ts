import type { OpenStatus } from '../deelverzoek/deelverzoek.schema';
import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { stapNaar } from '../proces/stap';
import { gelukt, type Resultaat } from '../regels/resultaat';
import { beantwoordAfweging1 } from './afweging-1';

/** Afweging 1 in any open status: its own rule refuses a second answer, with its own reason. */
export function afweging1(
  p: ProcesIn<OpenStatus>,
  o: OpdrachtVan<'afweging-1'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  const r = beantwoordAfweging1(p.deelverzoek, p.volgnummer + 1, o.antwoord, ctx.door, ctx.op);
  if (!r.ok) return r;
  const na = { ...p, volgnummer: p.volgnummer + r.waarde.aantekeningen.length };
  const slot = stapNaar(na, ctx, { ...p, status: r.waarde.deelverzoek.status }, []);
  return gelukt({ ...slot, aantekeningen: [...r.waarde.aantekeningen, ...slot.aantekeningen] });
}
