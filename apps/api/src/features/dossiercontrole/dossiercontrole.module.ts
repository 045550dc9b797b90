import { Module } from '@nestjs/common';
import { DossiercontroleController } from './dossiercontrole.controller';
import { DossiercontroleService } from './dossiercontrole.service';

/** Verifying the hash-chained dossier on request (privacy officer). */
@Module({ controllers: [DossiercontroleController], providers: [DossiercontroleService] })
export class DossiercontroleModule {}
