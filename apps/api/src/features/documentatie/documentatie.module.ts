import { Module } from '@nestjs/common';
import { DocumentatieController } from './documentatie.controller';
import { DocumentatieService } from './documentatie.service';

/** The API documents itself: OpenAPI at /openapi.json, Swagger UI at /docs. */
@Module({ controllers: [DocumentatieController], providers: [DocumentatieService] })
export class DocumentatieModule {}
