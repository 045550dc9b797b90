import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AccessGuard } from './auth/access.guard';
import { ToegangsbeleidService } from './auth/toegangsbeleid.service';
import type { ApiConfig } from './config';
import { ConfigModule } from './config.module';
import { AdviesModule } from './features/advies/advies.module';
import { BeleidModule } from './features/beleid/beleid.module';
import { BewaartermijnModule } from './features/bewaartermijn/bewaartermijn.module';
import { BriefModule } from './features/brief/brief.module';
import { ClientenModule } from './features/clienten/clienten.module';
import { DeelverzoekenModule } from './features/deelverzoeken/deelverzoeken.module';
import { DocumentatieModule } from './features/documentatie/documentatie.module';
import { DossiercontroleModule } from './features/dossiercontrole/dossiercontrole.module';
import { GebruikersModule } from './features/gebruikers/gebruikers.module';
import { GezondheidModule } from './features/gezondheid/gezondheid.module';
import { HandleidingModule } from './features/handleiding/handleiding.module';
import { OverdrachtModule } from './features/overdracht/overdracht.module';
import { SessiesModule } from './features/sessies/sessies.module';
import { TeamModule } from './features/team/team.module';
import { ToestemmingenModule } from './features/toestemmingen/toestemmingen.module';
import { ToezichtModule } from './features/toezicht/toezicht.module';
import { WerkvoorraadModule } from './features/werkvoorraad/werkvoorraad.module';
import { IdempotentieInterceptor } from './http/idempotentie/idempotentie.interceptor';
import { ProblemFilter } from './http/problem.filter';
import { StuurtekensPipe } from './http/stuurtekens.pipe';
import { ToegangslogInterceptor } from './http/toegangslog/toegangslog.interceptor';
import { InfraModule } from './infra/infra.module';
import { loggingParams } from './infra/logging';
import { TemporalDeadlineInterceptor } from './infra/temporal-deadline.interceptor';

@Module({})
export class AppModule {
  static met(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggingParams),
        ConfigModule.met(config),
        InfraModule,
        SessiesModule,
        OverdrachtModule,
        ClientenModule,
        ToestemmingenModule,
        DeelverzoekenModule,
        BriefModule,
        WerkvoorraadModule,
        ToezichtModule,
        BewaartermijnModule,
        DossiercontroleModule,
        AdviesModule,
        HandleidingModule,
        GebruikersModule,
        BeleidModule,
        TeamModule,
        GezondheidModule,
        DocumentatieModule,
      ],
      providers: [
        // Who may use which route, and on whose data: the contract's access policy, checked here for every request.
        ToegangsbeleidService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotentieInterceptor },
        { provide: APP_PIPE, useClass: StuurtekensPipe },
        { provide: APP_INTERCEPTOR, useClass: TemporalDeadlineInterceptor },
        // Who read which client's data (NEN 7513): every client read, from the route registry.
        { provide: APP_INTERCEPTOR, useClass: ToegangslogInterceptor },
      ],
    };
  }
}
