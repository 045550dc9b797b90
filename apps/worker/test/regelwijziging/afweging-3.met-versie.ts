import { geldtVanaf, geweigerd, overtreding } from '@deelwijs/domain';
import { afweging3 as zoalsHetWas } from '@deelwijs/domain/afweging-3/afweging-3.opdrachten';

/**
 * The rule change this test makes, done as apps/worker/README.md says: from content version
 * 2025.2.0 on, afweging 3 wants a toelichting of at least 40 characters. Processes that started
 * under an older content version keep the rule as it was.
 */
export const afweging3: typeof zoalsHetWas = (p, o, ctx) =>
  geldtVanaf(p.deelverzoek.contentVersie, '2025.2.0') && o.antwoord.toelichting.length < 40
    ? geweigerd(
        overtreding(
          'afweging-3-toelichting-te-kort',
          'Licht afweging 3 toe in minstens 40 tekens.',
          'Handleiding hoofdstuk 4, afweging 3',
        ),
      )
    : zoalsHetWas(p, o, ctx);
