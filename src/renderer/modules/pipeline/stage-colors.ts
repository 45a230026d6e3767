import type { OpportunityStage } from '#shared/domain';

export const stageColor: Record<OpportunityStage, string> = {
  lead: 'gray',
  qualified: 'cyan',
  proposal: 'blue',
  negotiation: 'violet',
  won: 'green',
  lost: 'red',
};
