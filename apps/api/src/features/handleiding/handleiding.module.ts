import { Module } from '@nestjs/common';
import { HandleidingController } from './handleiding.controller';
import { HandleidingService } from './handleiding.service';

/** Read side of the handbook content; stateless, so it needs nothing from the infra module. */
@Module({ controllers: [HandleidingController], providers: [HandleidingService] })
export class HandleidingModule {}
