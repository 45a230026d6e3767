/** UI texts of the plan's exports (MS Project XML), merged under `planExport`. */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  mspdi: 'MS-Project-XML exportieren',
  mspdiHint: 'Für MS Project, ProjectLibre und GanttProject',
  fileName: '{{label}} Projektplan.xml',
  exported: '{{name}} gespeichert.',
  failed: 'Export fehlgeschlagen',
  noOffer: 'Das Angebot gibt es nicht mehr.',
  noPlan: 'Dieses Angebot hat keinen Projektplan. Legen Sie zuerst einen an.',
  cycle:
    'Der Projektplan enthält einen Zyklus ({{names}}) und hat daher keine Termine. Lösen Sie die Abhängigkeit im Projektplan auf und exportieren Sie dann erneut.',
};

const en = {
  mspdi: 'Export MS Project XML',
  mspdiHint: 'For MS Project, ProjectLibre and GanttProject',
  fileName: '{{label}} Project plan.xml',
  exported: '{{name}} saved.',
  failed: 'Export failed',
  noOffer: 'The offer no longer exists.',
  noPlan: 'This offer has no project plan. Create one first.',
  cycle:
    'The project plan contains a cycle ({{names}}) and therefore has no dates. Resolve the dependency in the project plan, then export again.',
};

export const planExportMessages = defineMessages('planExport', de, en);
