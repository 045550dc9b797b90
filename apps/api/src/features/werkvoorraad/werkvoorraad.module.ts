import { Module } from '@nestjs/common';
import { DeelverzoekenModule } from '../deelverzoeken/deelverzoeken.module';
import { WerkvoorraadController } from './werkvoorraad.controller';
import { WerkvoorraadService } from './werkvoorraad.service';

/** What waits for someone: open deelverzoeken and their reminders. */
@Module({
  imports: [DeelverzoekenModule],
  controllers: [WerkvoorraadController],
  providers: [WerkvoorraadService],
})
export class WerkvoorraadModule {}
