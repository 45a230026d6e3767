import { Button, Drawer, Group, Loader } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { useSlot } from '../../app/slots';
import { OFFER_ASIDE_KEYS } from './line-keys';

/**
 * The side panels other areas contribute to the offer editor ('offerEditor.aside', e.g. the
 * battlecards of the competitors in play): a button each, and the open one in a drawer beside
 * the lines that leaves them editable. Internal by nature, so hidden while the screen faces
 * the customer; a panel mounts only while it is open.
 */
export function OfferAside({ offer, internal }: { offer: Offer; internal: boolean }) {
  const { t } = useTranslation();
  const panels = useSlot('offerEditor.aside');
  const [openId, setOpenId] = useState<string | null>(null);
  const toggle = (id: string | undefined) =>
    setOpenId((current) => (id === undefined || current === id ? null : id));
  useHotkeys([[OFFER_ASIDE_KEYS.toLowerCase(), () => internal && toggle(panels[0]?.id)]], [], true);
  if (!internal || panels.length === 0) return null;
  const open = panels.find((panel) => panel.id === openId);
  return (
    <>
      <Group gap="xs">
        {panels.map((panel) => (
          <Button
            key={panel.id}
            size="xs"
            variant={panel.id === openId ? 'filled' : 'default'}
            aria-pressed={panel.id === openId}
            data-testid={`offer-aside-toggle-${panel.id}`}
            onClick={() => toggle(panel.id)}
          >
            {t(panel.label ?? panel.id)}
          </Button>
        ))}
      </Group>
      <Drawer
        opened={open !== undefined}
        onClose={() => setOpenId(null)}
        position="right"
        size={440}
        withOverlay={false}
        lockScroll={false}
        trapFocus={false}
        closeOnClickOutside={false}
        title={open ? t(open.label ?? open.id) : ''}
        data-testid="offer-aside"
      >
        {open && (
          <Suspense fallback={<Loader size="sm" />}>
            <open.component offer={offer} />
          </Suspense>
        )}
      </Drawer>
    </>
  );
}
