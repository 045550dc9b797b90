import {
  type HandtekeningenQuery,
  type InformerenAchterafQuery,
  type InzienVerzoek,
  type OverzichtQuery,
  routes,
  type ToestemmingVastgelopenQuery,
} from '@deelwijs/contract';
import { Controller } from '@nestjs/common';
import { ContractBody, ContractParams, ContractQuery, Endpoint, type Reply } from '../../http/contract';
import { pagina } from '../../http/pagina';
import { ToezichtService } from './toezicht.service';

@Controller()
export class ToezichtController {
  constructor(private readonly service: ToezichtService) {}

  /** Overdue sign-offs and acute verstrekkingen refused afterwards, oldest first (privacy officer). */
  @Endpoint(routes.toezichtHandtekeningen)
  async handtekeningen(
    @ContractQuery(routes.toezichtHandtekeningen) q: HandtekeningenQuery,
  ): Reply<'toezichtHandtekeningen'> {
    const { items, totaal } = await this.service.handtekeningen(q, new Date().toISOString());
    return pagina('/api/v1/toezicht/handtekeningen', q, items, totaal, { team: q.team });
  }

  /** Clients still to be told afterwards, overdue or due within 7 days, oldest deadline first. */
  @Endpoint(routes.toezichtInformerenAchteraf)
  async informerenAchteraf(
    @ContractQuery(routes.toezichtInformerenAchteraf) q: InformerenAchterafQuery,
  ): Reply<'toezichtInformerenAchteraf'> {
    const { items, totaal } = await this.service.informerenAchteraf(q, new Date().toISOString());
    return pagina('/api/v1/toezicht/informeren-achteraf', q, items, totaal, { team: q.team });
  }

  /** Counts of what is open now and the 12-week trend (privacy officer). */
  @Endpoint(routes.toezichtOverzicht)
  async overzicht(@ContractQuery(routes.toezichtOverzicht) q: OverzichtQuery): Reply<'toezichtOverzicht'> {
    return this.service.overzicht(q, new Date().toISOString());
  }

  /** Consent processes past their clock's moment, longest stalled first. */
  @Endpoint(routes.toezichtToestemmingVastgelopen)
  async toestemmingVastgelopen(
    @ContractQuery(routes.toezichtToestemmingVastgelopen) q: ToestemmingVastgelopenQuery,
  ): Reply<'toezichtToestemmingVastgelopen'> {
    const { items, totaal } = await this.service.toestemmingVastgelopen(q, new Date().toISOString());
    return pagina('/api/v1/toezicht/toestemming-vastgelopen', q, items, totaal, { team: q.team });
  }

  /** One deelverzoek's process metadata, without opening the file. */
  @Endpoint(routes.toezichtDeelverzoek)
  deelverzoek(
    @ContractParams(routes.toezichtDeelverzoek) { id }: { id: string },
  ): Reply<'toezichtDeelverzoek'> {
    return this.service.deelverzoek(id, new Date().toISOString());
  }

  /** Opening a client's file deliberately: the reason goes into the access log (interceptor). */
  @Endpoint(routes.toezichtInzien)
  inzien(
    @ContractParams(routes.toezichtInzien) { id }: { id: string },
    @ContractBody(routes.toezichtInzien) { reden }: InzienVerzoek,
  ): Reply<'toezichtInzien'> {
    return this.service.inzien(id, reden);
  }
}
