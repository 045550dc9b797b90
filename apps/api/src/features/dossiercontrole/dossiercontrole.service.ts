import type { Dossiercontrole } from '@deelwijs/contract';
import { controleerDossier, type DbHandle, logRijen } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { context } from '@opentelemetry/api';
import type { Gebruiker } from '../../auth/gebruiker';
import { API_CONFIG, type ApiConfig } from '../../config';
import { DB } from '../../infra/db.provider';

@Injectable()
export class DossiercontroleService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** Every file is read to recompute it: one row per client in both logs, as this privacy officer. */
  controleer(gebruiker: Gebruiker): Promise<Dossiercontrole> {
    const verzoek = { begon: new Date(), ouder: context.active() };
    return controleerDossier(this.db.db, this.config.DEELWIJS_DOSSIER_SLEUTEL, {
      log: (clientIds) =>
        logRijen(this.config.DEELWIJS_VERWERKINGSLOG_SLEUTEL, {
          activiteit: 'dossiercontrole',
          handeling: 'dossiercontrole',
          wie: { gebruikerId: gebruiker.id, rollen: gebruiker.rollen },
          onderwerpen: clientIds.map((clientId) => ({ clientId, deelverzoekId: null })),
          ...verzoek,
        }),
    });
  }
}
