import { Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '#shared/domain';
import { diffRevisions, type DiffValue, type RevisionDiff } from '#shared/offers/diff';
import { formatDecimal, formatMoney } from '#shared/money';
import { useRepos, useOfferRevisions } from '#data';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { customerSafeDiff } from './customer-safe';
import { useUiLanguage } from '../../components/useUiLanguage';

/** Lines added, removed and changed between two revisions, and how every total moved. */
export function DiffModal({
  offer,
  opened,
  onClose,
}: {
  offer: Offer;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const loaded = useOfferRevisions(offer.rootId);
  const revisions = useMemo(() => loaded ?? [], [loaded]);
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const [fullDiff, setDiff] = useState<RevisionDiff | null>(null);
  const customerMode = useCustomerMode();
  const diff = fullDiff && customerMode ? customerSafeDiff(fullDiff) : fullDiff;

  useEffect(() => {
    if (!opened) return;
    const index = revisions.findIndex((revision) => revision.id === offer.id);
    setToId(offer.id);
    setFromId(revisions[index - 1]?.id ?? revisions[0]?.id ?? null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pick defaults when the dialog opens
  }, [opened, offer.id]);

  useEffect(() => {
    const from = revisions.find((revision) => revision.id === fromId);
    const to = revisions.find((revision) => revision.id === toId);
    if (!opened || !from || !to) return;
    let active = true;
    const load = async (revision: Offer) => ({
      offer: revision,
      sections: await repos.offerSections.listByOffer(revision.id),
      lines: await repos.offerLines.listByOffer(revision.id),
    });
    void Promise.all([load(from), load(to)]).then(([before, after]) => {
      if (active) setDiff(diffRevisions({ before, after }));
    });
    return () => {
      active = false;
    };
  }, [opened, fromId, toId, revisions, repos]);

  const value = (raw: DiffValue) => {
    if (raw === null || raw === '') return '–';
    if (typeof raw === 'object')
      return `${raw.optimistic}/${raw.mostLikely}/${raw.pessimistic} +${raw.riskPct} %`;
    if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no');
    return /^-?\d+(\.\d+)?$/.test(String(raw)) ? formatDecimal(String(raw), language) : String(raw);
  };
  const total = (key: string, raw: string | null) => {
    if (raw === null) return '–';
    return key === 'marginPct'
      ? `${formatDecimal(raw, language, 2)} %`
      : formatMoney(raw, offer.currency, language);
  };
  const options = revisions.map((revision) => ({
    value: revision.id,
    label: t('offers.editor.revision', { revision: revision.revision }),
  }));
  const empty =
    diff && diff.added.length + diff.removed.length + diff.changed.length + diff.offer.length === 0;

  return (
    <Modal opened={opened} onClose={onClose} title={t('offers.diff.title')} size="xl">
      <Stack gap="md" data-testid="diff-view">
        <Group>
          <Select
            label={t('offers.diff.from')}
            data={options}
            value={fromId}
            onChange={setFromId}
            allowDeselect={false}
          />
          <Select
            label={t('offers.diff.to')}
            data={options}
            value={toId}
            onChange={setToId}
            allowDeselect={false}
          />
        </Group>
        {empty && <Text c="dimmed">{t('offers.diff.none')}</Text>}
        {diff && diff.added.length > 0 && (
          <div>
            <Title order={5} c="green">
              {t('offers.diff.added')}
            </Title>
            {diff.added.map((line) => (
              <Text key={line.id} size="sm" data-testid="diff-added">
                + {diff.positions?.after.get(line.originId)} {line.name} · {value(line.quantity)} ×{' '}
                {value(line.unitPrice)}
              </Text>
            ))}
          </div>
        )}
        {diff && diff.removed.length > 0 && (
          <div>
            <Title order={5} c="red">
              {t('offers.diff.removed')}
            </Title>
            {diff.removed.map((line) => (
              <Text key={line.id} size="sm" data-testid="diff-removed">
                − {diff.positions?.before.get(line.originId)} {line.name}
              </Text>
            ))}
          </div>
        )}
        {diff && diff.moved.length > 0 && (
          <div>
            <Title order={5}>{t('offers.diff.moved')}</Title>
            {diff.moved.map((line) => (
              <Text key={line.originId} size="sm" data-testid="diff-moved">
                {line.before} → {line.after} {line.name}
              </Text>
            ))}
          </div>
        )}
        {diff && (diff.changed.length > 0 || diff.offer.length > 0) && (
          <Table data-testid="diff-changed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offers.diff.changed')}</Table.Th>
                <Table.Th>{t('offers.diff.field')}</Table.Th>
                <Table.Th>{t('offers.diff.before')}</Table.Th>
                <Table.Th>{t('offers.diff.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.offer.map((change) => (
                <Table.Tr key={`offer-${change.field}`}>
                  <Table.Td>{t('offers.diff.offerChanges')}</Table.Td>
                  <Table.Td>{t(`offers.fields.${change.field}`)}</Table.Td>
                  <Table.Td>{value(change.before)}</Table.Td>
                  <Table.Td>{value(change.after)}</Table.Td>
                </Table.Tr>
              ))}
              {diff.changed.flatMap((line) =>
                line.changes.map((change) => (
                  <Table.Tr key={`${line.originId}-${change.field}`}>
                    <Table.Td>
                      {line.pos} {line.name}
                    </Table.Td>
                    <Table.Td>
                      {t(`offers.line.${change.field}`, { defaultValue: change.field })}
                    </Table.Td>
                    <Table.Td>{value(change.before)}</Table.Td>
                    <Table.Td>{value(change.after)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        )}
        {diff && (
          <Table data-testid="diff-totals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('offers.diff.totals')}</Table.Th>
                <Table.Th ta="right">{t('offers.diff.before')}</Table.Th>
                <Table.Th ta="right">{t('offers.diff.after')}</Table.Th>
                <Table.Th ta="right">{t('offers.diff.delta')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.totals.map((change) => (
                <Table.Tr key={change.key}>
                  <Table.Td>
                    {t(`offers.diff.keys.${change.key}`, { defaultValue: change.key })}
                  </Table.Td>
                  <Table.Td ta="right">{total(change.key, change.before)}</Table.Td>
                  <Table.Td ta="right">{total(change.key, change.after)}</Table.Td>
                  <Table.Td
                    ta="right"
                    c={
                      change.delta?.startsWith('-')
                        ? 'red'
                        : Number(change.delta) === 0
                          ? undefined
                          : 'green'
                    }
                  >
                    {change.delta !== null && Number(change.delta) > 0 ? '+' : ''}
                    {total(change.key, change.delta)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
