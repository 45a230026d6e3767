import { describe, expect, it, vi } from 'vitest';
import { saveAndClose } from './useSaveAndClose';

function repository(fail?: Error) {
  return {
    create: vi.fn(async (_input: { name: string }) => {
      if (fail) throw fail;
    }),
    update: vi.fn(async (_id: string, _input: { name: string }) => {
      if (fail) throw fail;
    }),
  };
}

describe('saveAndClose', () => {
  it('creates without an existing row and updates with one, closing after the write', async () => {
    const repo = repository();
    const onClose = vi.fn();
    const onError = vi.fn();
    await saveAndClose(
      { name: 'Neu' },
      { repository: repo, existing: undefined, onClose, onError },
    );
    await saveAndClose(
      { name: 'Alt' },
      { repository: repo, existing: { id: 'r1' }, onClose, onError },
    );
    expect(repo.create).toHaveBeenCalledWith({ name: 'Neu' });
    expect(repo.update).toHaveBeenCalledWith('r1', { name: 'Alt' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(onError).not.toHaveBeenCalled();
  });

  it('keeps the dialog open and reports a failed write', async () => {
    const failure = new Error('disk full');
    const onClose = vi.fn();
    const onError = vi.fn();
    await saveAndClose(
      { name: 'Neu' },
      { repository: repository(failure), existing: { id: 'r1' }, onClose, onError },
    );
    expect(onError).toHaveBeenCalledWith(failure);
    expect(onClose).not.toHaveBeenCalled();
  });
});
