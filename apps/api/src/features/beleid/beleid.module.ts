import { Module } from '@nestjs/common';
import { BeleidController } from './beleid.controller';
import { BeleidService } from './beleid.service';

/** The organisation's deadlines as versions; deelverzoeken read the one in force when they start. */
@Module({ controllers: [BeleidController], providers: [BeleidService], exports: [BeleidService] })
export class BeleidModule {}
