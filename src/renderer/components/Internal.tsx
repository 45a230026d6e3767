import type { ReactNode } from 'react';
import { useCustomerMode } from '../stores/customer-mode.store';

/** Internal values (purchase prices, margins, internal notes): nothing while the customer mode is on. */
export function Internal({ children }: { children: ReactNode }) {
  return useCustomerMode() ? null : <>{children}</>;
}
