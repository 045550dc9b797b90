import { Module } from '@nestjs/common';
import { ClientenService } from '../clienten/clienten.service';
import { ToestemmingenController } from './toestemmingen.controller';
import { ToestemmingenService } from './toestemmingen.service';

/** Consents as records of the client, withdrawable once their deelverzoek is closed. */
@Module({ controllers: [ToestemmingenController], providers: [ToestemmingenService, ClientenService] })
export class ToestemmingenModule {}
