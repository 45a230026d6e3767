import { createStore } from './create-store';

/** `undoneNotice`: what to say once undone (default: "„label“ wiederhergestellt"). */
export type UndoEntry = {
  id: string;
  label: string;
  undo: () => Promise<void>;
  undoneNotice?: string;
};

type UndoState = {
  entries: UndoEntry[];
  push: (entry: UndoEntry) => void;
  /** Runs and drops the newest entry; resolves to it, or undefined when there is none. */
  undoLast: () => Promise<UndoEntry | undefined>;
  take: (id: string) => UndoEntry | undefined;
};

const limit = 20;

export const useUndoStore = createStore<UndoState>((set, get) => ({
  entries: [],
  push: (entry) => set({ entries: [...get().entries, entry].slice(-limit) }),
  take: (id) => {
    const entry = get().entries.find((candidate) => candidate.id === id);
    if (entry) set({ entries: get().entries.filter((candidate) => candidate.id !== id) });
    return entry;
  },
  undoLast: async () => {
    const entry = get().entries.at(-1);
    if (!entry) return undefined;
    set({ entries: get().entries.slice(0, -1) });
    try {
      await entry.undo();
    } catch (error) {
      // Still undoable later: the entry goes back on the stack, the caller reports the error.
      set({ entries: [...get().entries, entry] });
      throw error;
    }
    return entry;
  },
}));
