import { lazy, Suspense, useState } from 'react';
import { useUiStore } from '../../stores/ui.store';

// Loaded on first use: the form and its libraries stay out of the start-up bundle.
const ClientFormModal = lazy(() =>
  import('./ClientFormModal').then((m) => ({ default: m.ClientFormModal })),
);

/** The new-client form Ctrl+N opens from anywhere (the frame keeps it mounted once opened). */
export function GlobalClientForm() {
  const opened = useUiStore((state) => state.clientFormOpen);
  const close = useUiStore((state) => state.closeClientForm);
  const [used, setUsed] = useState(false);
  if (opened && !used) setUsed(true);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <ClientFormModal opened={opened} onClose={close} />
    </Suspense>
  );
}
