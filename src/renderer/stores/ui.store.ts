import { createStore } from './create-store';

type UiState = {
  onboarded: boolean;
  clientFormOpen: boolean;
  shortcutsOpen: boolean;
  /** Bumped to ask the client list to focus its search field. */
  searchFocusRequest: number;
  setOnboarded: (value: boolean) => void;
  openClientForm: () => void;
  closeClientForm: () => void;
  setShortcutsOpen: (open: boolean) => void;
  requestSearchFocus: () => void;
};

export const useUiStore = createStore<UiState>((set, get) => ({
  onboarded: false,
  clientFormOpen: false,
  shortcutsOpen: false,
  searchFocusRequest: 0,
  setOnboarded: (onboarded) => set({ onboarded }),
  openClientForm: () => set({ clientFormOpen: true }),
  closeClientForm: () => set({ clientFormOpen: false }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
  requestSearchFocus: () => set({ searchFocusRequest: get().searchFocusRequest + 1 }),
}));
