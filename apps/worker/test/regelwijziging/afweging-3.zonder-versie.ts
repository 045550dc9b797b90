import { geweigerd, overtreding } from '@deelwijs/domain';
import { afweging3 as zoalsHetWas } from '@deelwijs/domain/afweging-3/afweging-3.opdrachten';

/** The same rule change made the wrong way: for every process at once, running ones included. */
export const afweging3: typeof zoalsHetWas = (p, o, ctx) =>
  o.antwoord.toelichting.length < 40
    ? geweigerd(
        overtreding(
          'afweging-3-toelichting-te-kort',
          'Licht afweging 3 toe in minstens 40 tekens.',
          'Handleiding hoofdstuk 4, afweging 3',
        ),
      )
    : zoalsHetWas(p, o, ctx);
