import { Slot } from '../../app/slots';
import { useLossPrompt } from './loss-prompt';

/** Kept mounted by the frame: the loss form of the opportunity that has just been lost. */
export function LossPromptHost() {
  const opportunity = useLossPrompt((state) => state.opportunity);
  const close = useLossPrompt((state) => state.close);
  if (!opportunity) return null;
  return (
    <Slot key={opportunity.id} name="opportunity.lost" props={{ opportunity, onClose: close }} />
  );
}
