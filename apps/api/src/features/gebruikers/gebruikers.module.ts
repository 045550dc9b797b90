import { Module } from '@nestjs/common';
import { GebruikersController } from './gebruikers.controller';
import { GebruikersService } from './gebruikers.service';

/** Accounts, their roles, team, pet and beroepsgeheim. */
@Module({ controllers: [GebruikersController], providers: [GebruikersService] })
export class GebruikersModule {}
