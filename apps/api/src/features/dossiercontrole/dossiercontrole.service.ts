import type { Dossiercontrole } from '@deelwijs/contract';
import { controleerDossier, type DbHandle } from '@deelwijs/db';
import { Inject, Injectable } from '@nestjs/common';
import { API_CONFIG, type ApiConfig } from '../../config';
import { DB } from '../../infra/db.provider';

@Injectable()
export class DossiercontroleService {
  constructor(
    @Inject(DB) private readonly db: DbHandle,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  controleer(): Promise<Dossiercontrole> {
    return controleerDossier(this.db.db, this.config.DEELWIJS_DOSSIER_SLEUTEL);
  }
}
