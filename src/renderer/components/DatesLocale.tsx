import { DatesProvider } from '@mantine/dates';
import '@mantine/dates/styles.css';
import 'dayjs/locale/de';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLanguageOf } from './date-input';

/** Date pickers follow the UI language (month and day names), not the system's; weeks start on Monday. */
export function DatesLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: dateLanguageOf(i18n.language), firstDayOfWeek: 1 }}>
      {children}
    </DatesProvider>
  );
}
