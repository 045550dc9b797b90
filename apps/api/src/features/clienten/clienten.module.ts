import { Module } from '@nestjs/common';
import { ClientenController } from './clienten.controller';
import { ClientenService } from './clienten.service';

/** Clients of the own team, who represents them, and their file. */
@Module({ controllers: [ClientenController], providers: [ClientenService] })
export class ClientenModule {}
