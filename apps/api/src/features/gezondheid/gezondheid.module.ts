import { Module } from '@nestjs/common';
import { GezondheidController } from './gezondheid.controller';
import { GezondheidService } from './gezondheid.service';

/** Liveness and readiness, for whoever supervises the process. */
@Module({ controllers: [GezondheidController], providers: [GezondheidService] })
export class GezondheidModule {}
