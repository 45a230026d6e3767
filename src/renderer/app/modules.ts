import { analysesModule } from '#modules/analyses/module';
import { calculatorModule } from '#modules/calculator/module';
import { catalogModule } from '#modules/catalog/module';
import { clientsModule } from '#modules/clients/module';
import { contractsModule } from '#modules/contracts/module';
import { offersModule } from '#modules/offers/module';
import { onboardingModule } from '#modules/onboarding/module';
import { pipelineModule } from '#modules/pipeline/module';
import { planningModule } from '#modules/planning/module';
import { presentationsModule } from '#modules/presentations/module';
import { printModule } from '#modules/print/module';
import { settingsModule } from '#modules/settings/module';
import { syncModule } from '#modules/sync/module';
import { textBlocksModule } from '#modules/text-blocks/module';
import { trashModule } from '#modules/trash/module';
import type { ModuleManifest } from './module-types';

/**
 * Every business area of the app, by its manifest. The router, the navigation, the shortcuts,
 * the desktop menu, the i18n bundles, the sync labels and the slots are built from this list:
 * a new area is a new folder under modules/ (and data/) plus one line here.
 */
export const modules: readonly ModuleManifest[] = [
  clientsModule,
  pipelineModule,
  offersModule,
  catalogModule,
  calculatorModule,
  textBlocksModule,
  analysesModule,
  contractsModule,
  presentationsModule,
  planningModule,
  trashModule,
  settingsModule,
  syncModule,
  printModule,
  onboardingModule,
];
