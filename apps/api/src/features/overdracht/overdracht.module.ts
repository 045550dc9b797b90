import { Module } from '@nestjs/common';
import { DeelverzoekenModule } from '../deelverzoeken/deelverzoeken.module';
import { OverdrachtController } from './overdracht.controller';
import { OverdrachtService } from './overdracht.service';

/** Open work moves: the leidinggevende's overview per casemanager and the overdracht, one or all. */
@Module({
  imports: [DeelverzoekenModule],
  controllers: [OverdrachtController],
  providers: [OverdrachtService],
})
export class OverdrachtModule {}
