import type { AdviesSchemas } from '@deelwijs/contract';
import { type Advies, advies, adviesJsonSchema, type Situatie } from '@deelwijs/domain';
import { Injectable } from '@nestjs/common';

/** The afwegingskader of the domain, as it is: nothing stored, nothing looked up. */
@Injectable()
export class AdviesService {
  geef(situatie: Situatie): Advies {
    return advies(situatie);
  }

  schemas(): AdviesSchemas {
    return adviesJsonSchema;
  }
}
