import type { SlotProps } from '../../app/module-types';

/** The offer editor's "Projektplan" tab: the work breakdown, schedule, views and payment plan. */
export function PlanTab({ offer }: SlotProps['offerEditor.tab']) {
  return <div data-testid="plan-tab" data-offer-id={offer.id} />;
}
