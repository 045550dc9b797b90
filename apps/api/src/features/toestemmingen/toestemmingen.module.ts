import { Module } from '@nestjs/common';
import { BeleidModule } from '../beleid/beleid.module';
import { ClientenService } from '../clienten/clienten.service';
import { ToestemmingenController } from './toestemmingen.controller';
import { ToestemmingenService } from './toestemmingen.service';

/** Consents as records of the client, withdrawable once their deelverzoek is closed. */
@Module({
  imports: [BeleidModule],
  controllers: [ToestemmingenController],
  providers: [ToestemmingenService, ClientenService],
})
export class ToestemmingenModule {}
