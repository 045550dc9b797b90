import type { OpdrachtVan, ProcesContext, ProcesIn, ProcesStap } from '../proces/proces.schema';
import { naar } from '../proces/stap';
import { bronAfweging } from '../regels/bron';
import { geweigerd, overtreding, type Resultaat } from '../regels/resultaat';
import type { OpenStatus } from './deelverzoek.schema';

/**
 * Withdrawing the deelverzoek, in any open step; the reason closes the file. Not once data were
 * shared (acute, awaiting the signature, or the client still to be told): that cannot be undone.
 */
export function intrekken(
  p: ProcesIn<OpenStatus>,
  o: OpdrachtVan<'intrekken'>,
  ctx: ProcesContext,
): Resultaat<ProcesStap> {
  if (p.verstrekking) {
    return geweigerd(
      overtreding(
        'al-gedeeld',
        'Er is al gedeeld. Het deelverzoek kan niet meer worden ingetrokken; rond het af (akkoord, cliënt informeren).',
        bronAfweging('4'),
      ),
    );
  }
  return naar(p, ctx, { ...p, status: 'ingetrokken' }, [
    { soort: 'afsluiting', tekst: `Deelverzoek ingetrokken. ${o.toelichting}` },
  ]);
}
