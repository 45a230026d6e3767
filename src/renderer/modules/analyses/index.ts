// The analyses module's public face: other modules import only what is listed here.

export { competitionTabAt } from './CompetitionTabs';
