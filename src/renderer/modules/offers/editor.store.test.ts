import { beforeEach, describe, expect, it } from 'vitest';
import { makeLine, makeOffer } from '#test/offer-fixtures';
import { CalculationError } from '#shared/calculation';
import { errorMessage } from '../../components/notify-error';
import { computeLive, useEditorStore } from './editor.store';

const offer = makeOffer({ id: 'o1' });
const line = makeLine({ id: 'l1', offerId: 'o1', quantity: '1', unitPrice: '100.00' });
const net = () => useEditorStore.getState().live.totals?.oneTime.net;

describe('editor store', () => {
  beforeEach(() => useEditorStore.getState().reset());

  it('moves the totals with a draft and back when it is cleared', () => {
    const store = useEditorStore.getState();
    store.load(offer, [line], '');
    expect(net()).toBe('100.00');
    store.setDraft('l1', 'quantity', '3');
    expect(net()).toBe('300.00');
    store.clearDraft('l1', 'quantity');
    expect(net()).toBe('100.00');
  });

  it('keeps a newer draft when an older save completes', () => {
    const store = useEditorStore.getState();
    store.load(offer, [line], '');
    store.setDraft('l1', 'quantity', '34');
    store.clearDraft('l1', 'quantity', '3');
    expect(net()).toBe('3400.00');
    store.clearDraft('l1', 'quantity', '34');
    expect(net()).toBe('100.00');
  });

  it('forgets drafts when another offer loads', () => {
    const store = useEditorStore.getState();
    store.load(offer, [line], '');
    store.setDraft('l1', 'quantity', '5');
    store.load(makeOffer({ id: 'o2' }), [{ ...line, offerId: 'o2' }], '');
    expect(useEditorStore.getState().drafts).toEqual({});
    expect(net()).toBe('100.00');
  });

  it('keeps what the totals computation threw, so the panel can say it in the UI language', () => {
    const live = computeLive(offer, [line], { l1: { quantity: 'zwei' } }, '');
    expect(live.totals).toBeUndefined();
    expect(live.error).toBeInstanceOf(CalculationError);
    const t = (key: string, options?: Record<string, unknown>) =>
      typeof options?.defaultValue === 'string' ? options.defaultValue : key;
    // Not the engine's English text ('lines[0].quantity: "zwei" is not a decimal number').
    expect(errorMessage(live.error, t)).toBe('errors.calculation.decimal');
  });
});
