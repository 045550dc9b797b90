import { Module } from '@nestjs/common';
import { BewaartermijnController } from './bewaartermijn.controller';
import { BewaartermijnService } from './bewaartermijn.service';

/** What the scheduled retention run found and removed, for the privacy officer. */
@Module({ controllers: [BewaartermijnController], providers: [BewaartermijnService] })
export class BewaartermijnModule {}
