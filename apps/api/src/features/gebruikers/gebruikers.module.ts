import { Module } from '@nestjs/common';
import { GebruikersController } from './gebruikers.controller';
import { GebruikersService, UitnodigingenService } from './gebruikers.service';

/** Accounts, their roles, team, pet and beroepsgeheim; invitations; teams; the rolwijzigingslog. */
@Module({ controllers: [GebruikersController], providers: [GebruikersService, UitnodigingenService] })
export class GebruikersModule {}
