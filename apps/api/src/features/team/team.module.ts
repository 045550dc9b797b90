import { Module } from '@nestjs/common';
import { TeamController } from './team.controller';
import { TeamService } from './team.service';

/** Who works in my team, as far as a step needs to name them (a collega to ask). */
@Module({ controllers: [TeamController], providers: [TeamService] })
export class TeamModule {}
