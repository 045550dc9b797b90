import { Module } from '@nestjs/common';
import { AdviesController } from './advies.controller';
import { AdviesService } from './advies.service';

/** Advice from the afwegingskader for a described situation; stateless. */
@Module({ controllers: [AdviesController], providers: [AdviesService] })
export class AdviesModule {}
