import { Module } from '@nestjs/common';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SessiesController } from './sessies.controller';
import { SessiesService } from './sessies.service';

/** Logging in and out, with a password or the organisation's account; the session lookup the guard uses. */
@Module({
  controllers: [SessiesController, OidcController],
  providers: [SessiesService, OidcService],
  exports: [SessiesService],
})
export class SessiesModule {}
