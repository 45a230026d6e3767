import { Button, Modal, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Offer } from '#shared/domain';
import { offerTotals, type OfferTotalsResult } from '#shared/offers/totals';
import { formatDecimal, formatMoney } from '#shared/money';
import { useRepos, useOfferVariants } from '#data';
import { useCustomerMode } from '../../stores/customer-mode.store';
import { offerLabel } from './offer-list';
import { useUiLanguage } from '../../components/useUiLanguage';

type Column = { offer: Offer; totals: OfferTotalsResult; lines: number };

/** Variants of one offer side by side with their totals. */
export function CompareVariantsModal({
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
  const navigate = useNavigate();
  const variants = useOfferVariants(offer.variantGroupId);
  const customerMode = useCustomerMode();
  const [columns, setColumns] = useState<Column[]>([]);

  useEffect(() => {
    if (!opened || !variants) return;
    let active = true;
    void Promise.all(
      variants.map(async (variant) => {
        const lines = await repos.offerLines.listByOffer(variant.id);
        return {
          offer: variant,
          totals: offerTotals({ offer: variant, lines }),
          lines: lines.length,
        };
      }),
    ).then((result) => active && setColumns(result));
    return () => {
      active = false;
    };
  }, [opened, variants, repos]);

  const money = (column: Column, value: string) =>
    formatMoney(value, column.offer.currency, language);
  const rows: { label: string; value: (column: Column) => string }[] = [
    { label: t('offers.compare.lines'), value: (column) => String(column.lines) },
    {
      label: `${t('offers.totals.oneTime')} ${t('offers.totals.net')}`,
      value: (c) => money(c, c.totals.oneTime.net),
    },
    {
      label: `${t('offers.totals.oneTime')} ${t('offers.totals.gross')}`,
      value: (c) => money(c, c.totals.oneTime.gross),
    },
    {
      label: `${t('offers.totals.monthly')} ${t('offers.totals.net')}`,
      value: (c) => money(c, c.totals.monthly.net),
    },
    {
      label: `${t('offers.totals.yearly')} ${t('offers.totals.net')}`,
      value: (c) => money(c, c.totals.yearly.net),
    },
    { label: t('offers.diff.keys.contractValue'), value: (c) => money(c, c.totals.contractValue) },
  ];
  if (!offer.customerView && !customerMode) {
    rows.push({
      label: t('offers.diff.keys.marginPct'),
      value: (c) =>
        c.totals.margin.contract.marginPct === null
          ? '–'
          : `${formatDecimal(c.totals.margin.contract.marginPct, language)} %`,
    });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('offers.compare.title')} size="xl">
      <Table data-testid="variant-compare" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('offers.compare.variant')}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.offer.id} ta="right">
                {column.offer.variantName || offerLabel(column.offer)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.offer.id} ta="right">
                  {row.value(column)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td />
            {columns.map((column) => (
              <Table.Td key={column.offer.id} ta="right">
                <Button
                  size="xs"
                  variant="light"
                  disabled={column.offer.id === offer.id}
                  onClick={() => {
                    onClose();
                    void navigate(`/offers/${column.offer.id}`);
                  }}
                >
                  {t('offers.compare.open')}
                </Button>
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
