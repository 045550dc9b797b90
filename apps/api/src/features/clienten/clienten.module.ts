import { Module } from '@nestjs/common';
import { BeleidModule } from '../beleid/beleid.module';
import { ClientenController } from './clienten.controller';
import { ClientenService } from './clienten.service';
import { InzageService } from './inzage.service';

/** Clients of the own team, who represents them, their file, and their access request. */
@Module({
  imports: [BeleidModule],
  controllers: [ClientenController],
  providers: [ClientenService, InzageService],
})
export class ClientenModule {}
