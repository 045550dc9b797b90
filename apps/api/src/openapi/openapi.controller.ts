import { Controller, Get, Header } from '@nestjs/common';
import { Publiek } from '../auth/gebruiker';
import { openApiDocument } from './openapi.document';

const DOCS_HTML = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Deelwijs API</title><link rel="stylesheet" href="/api/v1/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/v1/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/init.js"></script>
</body></html>`;

const INIT_JS = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#docs' });`;

@Controller()
@Publiek()
export class OpenApiController {
  private readonly document = openApiDocument();

  @Get('openapi.json')
  openapi() {
    return this.document;
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  docs() {
    return DOCS_HTML;
  }

  @Get('docs/init.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  init() {
    return INIT_JS;
  }
}
