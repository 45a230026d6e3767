import { useUiStore } from '../../stores/ui.store';
import { ClientFormModal } from './ClientFormModal';

/** The new-client form Ctrl+N opens from anywhere (the frame keeps it mounted). */
export function GlobalClientForm() {
  const opened = useUiStore((state) => state.clientFormOpen);
  const close = useUiStore((state) => state.closeClientForm);
  return <ClientFormModal opened={opened} onClose={close} />;
}
