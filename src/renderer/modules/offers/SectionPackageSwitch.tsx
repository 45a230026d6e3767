import { Badge, Switch, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OfferSection } from '#shared/domain';
import { useRepos } from '#data';
import { notifyError } from '../../components/notify-error';

/**
 * The section's package pricing: a switch in a draft, a "Paket" badge when set. Documents then
 * list the section's contents without their prices and show one package price per billing kind.
 */
export function SectionPackageSwitch({
  section,
  editable,
}: {
  section: OfferSection;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const priced = section.package === true;
  if (!editable) {
    return priced ? (
      <Badge variant="light" size="sm" data-testid="section-package-badge">
        {t('offers.editor.package')}
      </Badge>
    ) : null;
  }
  return (
    <Tooltip label={t('offers.editor.packageHint')} multiline w={280}>
      <Switch
        size="xs"
        label={t('offers.editor.package')}
        aria-label={`${t('offers.editor.packageToggle')}: ${section.title}`}
        checked={priced}
        data-testid="section-package"
        onChange={(event) => {
          const next = event.currentTarget.checked;
          repos.offerSections
            .setPackage(section.id, next)
            .catch((error: unknown) => notifyError(error, t));
        }}
      />
    </Tooltip>
  );
}
