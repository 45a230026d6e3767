import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PriceObservation, PriceObservationInput } from '#shared/domain/analyses';
import { useRepos } from '#data';
import { useCompetitors } from '#data/analyses/hooks';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { fieldError } from '../../components/form-errors';
import { formResolver } from '../../components/form-resolver';
import { useConfirmedDelete } from '../../components/useConfirmedDelete';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import { formatDateInput } from '../../components/date-input';
import { useUiLanguage } from '../../components/useUiLanguage';
import { priceFormSchema, toPriceFormValues } from './price-form';
import type { PriceFormValues } from './price-form';
import { PriceTargetSelect } from './PriceTargetSelect';
import { clock } from './today';

type Props = {
  opened: boolean;
  onClose: () => void;
  /** The observation to edit; null for a new one (recorded by hand). */
  observation: PriceObservation | null;
  /** A new observation's competitor (the competitor's page), '' to choose. */
  competitorId?: string;
};

/** Record or edit a competitor's price: competitor, catalog item or category, price, date, source. */
export function PriceObservationForm({ opened, onClose, observation, competitorId = '' }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = useUiLanguage();
  const competitors = useCompetitors();
  const schema = useMemo(
    () =>
      priceFormSchema({
        source: observation?.source ?? 'manual',
        currency: observation?.currency ?? 'EUR',
        opportunityId: observation?.opportunityId ?? '',
      }),
    [observation],
  );
  const defaults = () =>
    toPriceFormValues(observation, { competitorId, today: clock.today() }, language);
  const { register, control, handleSubmit, reset, formState } = useForm<
    PriceFormValues,
    unknown,
    PriceObservationInput
  >({ resolver: formResolver(schema), defaultValues: defaults(), mode: 'onTouched' });
  const err = (name: keyof PriceFormValues & string) => fieldError(t, formState.errors, name);

  useEffect(() => {
    if (opened) reset(defaults());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, observation, competitorId, reset]);

  const removal = useConfirmedDelete(
    observation
      ? {
          title: t('analyses.prices.deleteTitle'),
          text: t('analyses.prices.deleteText', {
            date: formatDateInput(observation.observedOn, language),
          }),
          label: t('analyses.prices.removed'),
          remove: () => repos.priceObservations.remove(observation.id),
          restore: () => repos.priceObservations.restore(observation.id),
        }
      : null,
    onClose,
  );
  const submit = handleSubmit(useSaveAndClose(repos.priceObservations, observation, onClose));
  // A deleted competitor of an old observation still shows by name.
  const options = (competitors ?? []).map((competitor) => ({
    value: competitor.id,
    label: competitor.name,
  }));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={observation ? t('analyses.prices.editTitle') : t('analyses.prices.newTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="price-form">
        <Stack gap="sm">
          <Controller
            control={control}
            name="competitorId"
            render={({ field }) => (
              <Select
                label={t('analyses.prices.fields.competitorId')}
                withAsterisk
                data={options}
                value={field.value === '' ? null : field.value}
                onChange={(value) => field.onChange(value ?? '')}
                searchable
                error={err('competitorId')}
                data-testid="price-competitor"
              />
            )}
          />
          <Controller
            control={control}
            name="target"
            render={({ field }) => (
              <PriceTargetSelect
                label={t('analyses.prices.target')}
                value={field.value}
                onChange={field.onChange}
                error={err('target')}
                testId="price-target"
              />
            )}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('analyses.prices.fields.price')}
              withAsterisk
              {...register('price')}
              error={err('price')}
              data-testid="price-value"
            />
            <Controller
              control={control}
              name="observedOn"
              render={({ field }) => (
                <DateField
                  label={t('analyses.prices.fields.observedOn')}
                  withAsterisk
                  value={field.value}
                  onChange={field.onChange}
                  error={err('observedOn')}
                />
              )}
            />
          </SimpleGrid>
          <TextInput
            label={t('analyses.prices.fields.sourceNote')}
            {...register('sourceNote')}
            error={err('sourceNote')}
          />
        </Stack>
        <FormActions
          onCancel={onClose}
          submitting={formState.isSubmitting}
          onDelete={removal.ask}
        />
      </form>
      {removal.dialog}
    </Modal>
  );
}
