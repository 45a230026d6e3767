import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrashArea } from '#data';

/** A trash-can glyph. */
export function TrashIcon({ size = 14 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      aria-hidden
    >
      <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v4.5M9.2 6.5v4.5" />
    </svg>
  );
}

/** The small "Papierkorb" link of a list page, to that area's deleted records. */
export function TrashLink({ area }: { area: TrashArea }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/trash/${area}`}
      variant="subtle"
      color="gray"
      size="xs"
      leftSection={<TrashIcon />}
      data-testid="trash-link"
    >
      {t('nav.trash')}
    </Button>
  );
}
