import { Module } from '@nestjs/common';
import { ToezichtController } from './toezicht.controller';
import { ToezichtService } from './toezicht.service';

/** What the privacy officer watches over, as process metadata only. */
@Module({ controllers: [ToezichtController], providers: [ToezichtService] })
export class ToezichtModule {}
