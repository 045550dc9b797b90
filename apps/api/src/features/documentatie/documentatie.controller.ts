import { type JsonSchemaDocument, type OpenApiDocument, routes } from '@deelwijs/contract';
import { Controller, Header } from '@nestjs/common';
import { Endpoint } from '../../http/contract';
import { DocumentatieService } from './documentatie.service';

@Controller()
export class DocumentatieController {
  constructor(private readonly service: DocumentatieService) {}

  /** Readable from any origin, as /core/publish-openapi asks: the document holds no data. */
  @Endpoint(routes.openapi)
  @Header('access-control-allow-origin', '*')
  openapi(): OpenApiDocument {
    return this.service.document;
  }

  /** Published like the OpenAPI document: it holds no data. */
  @Endpoint(routes.inzageExportSchema)
  @Header('access-control-allow-origin', '*')
  inzageExportSchema(): JsonSchemaDocument {
    return this.service.inzageExportSchema;
  }

  @Endpoint(routes.documentatie)
  @Header('content-type', 'text/html; charset=utf-8')
  docs(): string {
    return this.service.html;
  }

  @Endpoint(routes.documentatieScript)
  @Header('content-type', 'text/javascript; charset=utf-8')
  init(): string {
    return this.service.script;
  }
}
