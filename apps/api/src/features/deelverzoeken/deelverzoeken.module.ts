import { Module } from '@nestjs/common';
import { BeleidModule } from '../beleid/beleid.module';
import { DeelverzoekenController } from './deelverzoeken.controller';
import { DeelverzoekenService } from './deelverzoeken.service';

/** Deelverzoeken and their process: started, commanded and queried through Temporal, read from the file. */
@Module({
  imports: [BeleidModule],
  controllers: [DeelverzoekenController],
  providers: [DeelverzoekenService],
  exports: [DeelverzoekenService],
})
export class DeelverzoekenModule {}
