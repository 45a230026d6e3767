/** UI texts of the plan's exports (MS Project XML), merged under `planExport`. */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  mspdi: 'MS-Project-XML exportieren',
};

const en = {
  mspdi: 'Export MS Project XML',
};

export const planExportMessages = defineMessages('planExport', de, en);
