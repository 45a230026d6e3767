/** Which rows a committed write touched; the search index updates from it. */
export type CommitEvent = { table: string; ids: string[] };
export type CommitListener = (event: CommitEvent) => void;

export type Notifier = {
  emit(events: readonly CommitEvent[]): void;
  subscribe(listener: CommitListener): () => void;
};

/** An in-process fan-out of commit events. */
export function createNotifier(): Notifier {
  const listeners = new Set<CommitListener>();
  return {
    emit(events) {
      for (const event of events) {
        for (const listener of [...listeners]) {
          // The write has committed: a failing listener must not turn it into a failed call.
          try {
            listener(event);
          } catch (error) {
            console.error('onCommitted listener failed', error);
          }
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
