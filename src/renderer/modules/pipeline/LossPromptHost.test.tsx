// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Opportunity } from '#shared/domain';
import type { ModuleManifest } from '../../app/module-types';
import { SlotsProvider } from '../../app/slots';
import { askLossDetailsIfLost, useLossPrompt } from './loss-prompt';
import { LossPromptHost } from './LossPromptHost';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const opportunity = (stage: Opportunity['stage']) =>
  ({ id: 'opp-1', title: 'Rollout', stage }) as Opportunity;

const lossForm: ModuleManifest = {
  id: 'competition',
  contributes: {
    'opportunity.lost': [
      {
        id: 'loss-form',
        order: 10,
        component: ({ opportunity, onClose }) => (
          <button type="button" data-testid="loss-form" onClick={onClose}>
            {opportunity.title}
          </button>
        ),
      },
    ],
  },
};

afterEach(() => useLossPrompt.getState().close());

describe('the loss form prompt', () => {
  it('asks when an opportunity moves into "lost" from another stage or is created lost', () => {
    askLossDetailsIfLost('negotiation', opportunity('lost'));
    expect(useLossPrompt.getState().opportunity?.id).toBe('opp-1');
    useLossPrompt.getState().close();
    askLossDetailsIfLost(undefined, opportunity('lost'));
    expect(useLossPrompt.getState().opportunity?.id).toBe('opp-1');
  });

  it('does not ask again for a lost opportunity that stays lost, nor for other stages', () => {
    askLossDetailsIfLost('lost', opportunity('lost'));
    askLossDetailsIfLost('lead', opportunity('won'));
    expect(useLossPrompt.getState().opportunity).toBeNull();
  });

  it("shows the areas' loss form for the lost opportunity until it closes", async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () =>
      root.render(
        <SlotsProvider modules={[lossForm]}>
          <LossPromptHost />
        </SlotsProvider>,
      ),
    );
    expect(container.querySelector('[data-testid="loss-form"]')).toBeNull();
    await act(async () => askLossDetailsIfLost('proposal', opportunity('lost')));
    const form = container.querySelector<HTMLButtonElement>('[data-testid="loss-form"]');
    expect(form?.textContent).toBe('Rollout');
    await act(async () => form!.click());
    expect(container.querySelector('[data-testid="loss-form"]')).toBeNull();
    expect(useLossPrompt.getState().opportunity).toBeNull();
    await act(async () => root.unmount());
  });
});
