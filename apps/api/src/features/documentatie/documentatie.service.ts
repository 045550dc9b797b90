import { InzageExport, type JsonSchemaDocument, type OpenApiDocument } from '@deelwijs/contract';
import { openApiDocument } from '@deelwijs/contract/openapi';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';

const DOCS_HTML = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Deelwijs API</title><link rel="stylesheet" href="/api/v1/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/v1/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/init.js"></script>
</body></html>`;

const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#docs' });`;

/** The OpenAPI document, generated once from the contract's route registry, and the page that shows it. */
@Injectable()
export class DocumentatieService {
  readonly document: OpenApiDocument = openApiDocument();
  /** The same zod schema the route validates against, so the published schema cannot drift. */
  readonly inzageExportSchema = z.toJSONSchema(InzageExport, { io: 'output' }) as JsonSchemaDocument;
  readonly html = DOCS_HTML;
  readonly script = INIT_JS;
}
