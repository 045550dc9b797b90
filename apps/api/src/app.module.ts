import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuthGuard } from './auth/auth.guard';
import { OidcController } from './auth/oidc/oidc.controller';
import { OidcService } from './auth/oidc/oidc.service';
import { SessieService } from './auth/sessie.service';
import { SessiesController } from './auth/sessies.controller';
import type { ApiConfig } from './config';
import { ConfigModule } from './config.module';
import { AdviesController } from './features/advies/advies.controller';
import { ClientenController } from './features/clienten/clienten.controller';
import { ClientenService } from './features/clienten/clienten.service';
import { DeelverzoekenController } from './features/deelverzoeken/deelverzoeken.controller';
import { DeelverzoekenService } from './features/deelverzoeken/deelverzoeken.service';
import { GebruikersController } from './features/gebruikers/gebruikers.controller';
import { GezondheidController } from './features/gezondheid/gezondheid.controller';
import { HandleidingModule } from './features/handleiding/handleiding.module';
import { WerkvoorraadController } from './features/werkvoorraad/werkvoorraad.controller';
import { IdempotentieInterceptor } from './http/idempotentie/idempotentie.interceptor';
import { ProblemFilter } from './http/problem.filter';
import { StuurtekensPipe } from './http/stuurtekens.pipe';
import { InfraModule } from './infra/infra.module';
import { loggingParams } from './infra/logging';
import { TemporalDeadlineInterceptor } from './infra/temporal-deadline.interceptor';
import { OpenApiController } from './openapi/openapi.controller';

@Module({})
export class AppModule {
  static met(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggingParams),
        ConfigModule.met(config),
        InfraModule,
        HandleidingModule,
      ],
      controllers: [
        SessiesController,
        OidcController,
        AdviesController,
        ClientenController,
        DeelverzoekenController,
        GezondheidController,
        GebruikersController,
        WerkvoorraadController,
        OpenApiController,
      ],
      providers: [
        SessieService,
        OidcService,
        DeelverzoekenService,
        ClientenService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotentieInterceptor },
        { provide: APP_PIPE, useClass: StuurtekensPipe },
        { provide: APP_INTERCEPTOR, useClass: TemporalDeadlineInterceptor },
      ],
    };
  }
}
