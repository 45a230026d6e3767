import { beforeEach, describe, expect, it } from 'vitest';
import { useUndoStore } from './undo.store';

describe('undo store', () => {
  beforeEach(() => useUndoStore.setState({ entries: [] }));

  it('undoes the newest entry first', async () => {
    const done: string[] = [];
    const { push, undoLast } = useUndoStore.getState();
    push({ id: 'a', label: 'A', undo: async () => void done.push('a') });
    push({ id: 'b', label: 'B', undo: async () => void done.push('b') });
    expect((await undoLast())?.id).toBe('b');
    expect((await undoLast())?.id).toBe('a');
    expect(await undoLast()).toBeUndefined();
    expect(done).toEqual(['b', 'a']);
  });

  it('keeps an entry whose undo failed, and reports the failure', async () => {
    const { push, undoLast } = useUndoStore.getState();
    push({ id: 'x', label: 'X', undo: () => Promise.reject(new Error('offer is locked')) });
    await expect(undoLast()).rejects.toThrow('offer is locked');
    expect(useUndoStore.getState().entries.map((entry) => entry.id)).toEqual(['x']);
  });
});
