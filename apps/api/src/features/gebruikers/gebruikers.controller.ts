import {
  type AccountVelden,
  type NieuweGebruiker,
  type NieuwTeam,
  type RolwijzigingenQuery,
  routes,
  type SlugParams,
  type UitnodigingAanvaarden,
  type UitnodigingBekijken,
} from '@deelwijs/contract';
import { Controller, Res } from '@nestjs/common';
import { hash } from '@node-rs/argon2';
import type { Response } from 'express';
import { type Gebruiker, HuidigeGebruiker } from '../../auth/gebruiker';
import { ContractBody, ContractParams, ContractQuery, Endpoint, type Reply } from '../../http/contract';
import { pagina } from '../../http/pagina';
import { GebruikersService, UitnodigingenService } from './gebruikers.service';

/** The functioneel beheerder's door: who may log in, with which roles, team, pet and beroepsgeheim. */
@Controller()
export class GebruikersController {
  constructor(
    private readonly service: GebruikersService,
    private readonly uitnodigingen: UitnodigingenService,
  ) {}

  @Endpoint(routes.gebruikersLijst)
  lijst(): Reply<'gebruikersLijst'> {
    return this.service.lijst();
  }

  @Endpoint(routes.gebruikerAanmaken)
  async uitnodigen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractBody(routes.gebruikerAanmaken) invoer: NieuweGebruiker,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'gebruikerAanmaken'> {
    const uitgenodigd = await this.service.uitnodigen(gebruiker, invoer);
    response.location(`/api/v1/gebruikers/${uitgenodigd.account.id}`);
    return uitgenodigd;
  }

  @Endpoint(routes.gebruikerOpnieuwUitnodigen)
  opnieuwUitnodigen(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.gebruikerOpnieuwUitnodigen) { id }: SlugParams,
  ): Reply<'gebruikerOpnieuwUitnodigen'> {
    return this.service.opnieuwUitnodigen(gebruiker, id);
  }

  @Endpoint(routes.gebruikerWijzigen)
  wijzig(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.gebruikerWijzigen) { id }: SlugParams,
    @ContractBody(routes.gebruikerWijzigen) velden: AccountVelden,
  ): Reply<'gebruikerWijzigen'> {
    return this.service.wijzig(gebruiker, id, velden);
  }

  @Endpoint(routes.gebruikerDeactiveren)
  deactiveer(
    @HuidigeGebruiker() gebruiker: Gebruiker,
    @ContractParams(routes.gebruikerDeactiveren) { id }: SlugParams,
  ): Reply<'gebruikerDeactiveren'> {
    return this.service.deactiveer(gebruiker, id);
  }

  @Endpoint(routes.uitnodigingBekijken)
  bekijk(
    @ContractBody(routes.uitnodigingBekijken) { token }: UitnodigingBekijken,
  ): Reply<'uitnodigingBekijken'> {
    return this.uitnodigingen.bekijk(token);
  }

  @Endpoint(routes.uitnodigingAanvaarden)
  aanvaard(
    @ContractBody(routes.uitnodigingAanvaarden) { token, wachtwoord }: UitnodigingAanvaarden,
  ): Reply<'uitnodigingAanvaarden'> {
    return this.uitnodigingen.aanvaard(token, () => hash(wachtwoord));
  }

  @Endpoint(routes.teamsLijst)
  teams(): Reply<'teamsLijst'> {
    return this.service.teams();
  }

  @Endpoint(routes.teamAanmaken)
  async teamAanmaken(
    @ContractBody(routes.teamAanmaken) invoer: NieuwTeam,
    @Res({ passthrough: true }) response: Response,
  ): Reply<'teamAanmaken'> {
    const team = await this.service.teamAanmaken(invoer);
    response.location(`/api/v1/teams/${team.id}`);
    return team;
  }

  @Endpoint(routes.teamHernoemen)
  teamHernoemen(
    @ContractParams(routes.teamHernoemen) { id }: SlugParams,
    @ContractBody(routes.teamHernoemen) invoer: NieuwTeam,
  ): Reply<'teamHernoemen'> {
    return this.service.teamHernoemen(id, invoer);
  }

  /** The privacy officer's view of who was given which role by whom. */
  @Endpoint(routes.toezichtRolwijzigingen)
  async rolwijzigingen(
    @ContractQuery(routes.toezichtRolwijzigingen) q: RolwijzigingenQuery,
  ): Reply<'toezichtRolwijzigingen'> {
    const { items, totaal } = await this.service.rolwijzigingen(q);
    return pagina('/api/v1/toezicht/rolwijzigingen', q, items, totaal, {
      alleenClientgegevens: q.alleenClientgegevens,
    });
  }
}
