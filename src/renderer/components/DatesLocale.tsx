import { DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import type { ReactNode } from 'react';
import { useUiLanguage } from './useUiLanguage';

/** Date pickers follow the UI language (month and day names), not the system's; weeks start on Monday. */
export function DatesLocale({ children }: { children: ReactNode }) {
  const language = useUiLanguage();
  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>{children}</DatesProvider>
  );
}
