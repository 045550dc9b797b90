import { Module } from '@nestjs/common';
import { DeelverzoekenModule } from '../deelverzoeken/deelverzoeken.module';
import { BriefController } from './brief.controller';
import { BriefService } from './brief.service';

/** Letters to clients (informeren achteraf), drafted from the recorded decision. */
@Module({ imports: [DeelverzoekenModule], controllers: [BriefController], providers: [BriefService] })
export class BriefModule {}
