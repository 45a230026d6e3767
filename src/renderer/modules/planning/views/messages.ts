/** UI texts of the plan's views (Gantt, network diagram, resources), merged under `planViews`. */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  gantt: 'Gantt',
  network: 'Netzplan',
  resources: 'Ressourcen',
};

const en = {
  gantt: 'Gantt',
  network: 'Network diagram',
  resources: 'Resources',
};

export const planViewMessages = defineMessages('planViews', de, en);
