import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { competitorSizes, priceLevels } from '#shared/domain/analyses';
import type { Competitor, CompetitorInput } from '#shared/domain/analyses';
import { useRepos } from '#data';
import { DateField } from '../../components/DateField';
import { fieldError } from '../../components/form-errors';
import { formResolver } from '../../components/form-resolver';
import { notifyError } from '../../components/notify-error';
import { useUiLanguage } from '../../components/useUiLanguage';
import { competitorFormSchema, toCompetitorFormValues } from './competitor-form';
import type { CompetitorFormValues } from './competitor-form';
import { clock } from './today';

type Props = {
  /** The competitor to edit; null for a new one. */
  competitor: Competitor | null;
  /** After a successful save (the stored row). */
  onSaved?: (competitor: Competitor) => void;
  onCancel?: () => void;
};

/**
 * Every field of a competitor's profile. Bad input shows its message at the field in the UI
 * language and saves nothing; "Heute geprüft" stores today as the last verification at once.
 */
export function CompetitorProfileForm({ competitor, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  const language = useUiLanguage();
  const { register, control, handleSubmit, reset, setValue, formState } = useForm<
    CompetitorFormValues,
    unknown,
    CompetitorInput
  >({
    resolver: formResolver(competitorFormSchema),
    defaultValues: toCompetitorFormValues(competitor, language),
    mode: 'onTouched',
  });
  const err = (name: keyof CompetitorFormValues & string) => fieldError(t, formState.errors, name);
  const id = competitor?.id;

  useEffect(() => {
    reset(toCompetitorFormValues(competitor, language));
    // Only another competitor (or language) resets the form; its own saves keep what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, language, reset]);

  const submit = handleSubmit(async (values) => {
    try {
      const saved = competitor
        ? await repos.competitors.update(competitor.id, values)
        : await repos.competitors.create(values);
      reset(toCompetitorFormValues(saved, language));
      if (competitor) notifications.show({ message: t('analyses.competitors.saved') });
      onSaved?.(saved);
    } catch (error) {
      notifyError(error, t);
    }
  });

  const verifiedToday = async () => {
    const today = clock.today();
    setValue('lastVerified', today, { shouldDirty: false });
    if (!competitor) return;
    try {
      await repos.competitors.update(competitor.id, { lastVerified: today });
      notifications.show({ message: t('analyses.profile.verifiedNotice') });
    } catch (error) {
      notifyError(error, t);
    }
  };

  const options = (values: readonly string[], prefix: string) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="competitor-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <TextInput
            label={t('analyses.fields.name')}
            withAsterisk
            data-autofocus
            {...register('name')}
            error={err('name')}
          />
          <TextInput
            label={t('analyses.fields.website')}
            placeholder="https://"
            {...register('website')}
            error={err('website')}
          />
          <TextInput
            label={t('analyses.fields.segment')}
            {...register('segment')}
            error={err('segment')}
          />
          <TextInput
            label={t('analyses.fields.headquarters')}
            {...register('headquarters')}
            error={err('headquarters')}
          />
          <Controller
            control={control}
            name="size"
            render={({ field }) => (
              <Select
                label={t('analyses.fields.size')}
                placeholder={t('analyses.fields.unknown')}
                data={options(competitorSizes, 'analyses.sizes')}
                value={field.value === '' ? null : field.value}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                error={err('size')}
              />
            )}
          />
          <Controller
            control={control}
            name="priceLevel"
            render={({ field }) => (
              <Select
                label={t('analyses.fields.priceLevel')}
                placeholder={t('analyses.fields.unknown')}
                data={options(priceLevels, 'analyses.priceLevels')}
                value={field.value === '' ? null : field.value}
                onChange={(value) => field.onChange(value ?? '')}
                clearable
                error={err('priceLevel')}
              />
            )}
          />
          <TextInput
            label={t('analyses.fields.pricingModel')}
            {...register('pricingModel')}
            error={err('pricingModel')}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('analyses.fields.typicalDiscountPct')}
              {...register('typicalDiscountPct')}
              error={err('typicalDiscountPct')}
            />
            <TextInput
              label={t('analyses.fields.marketSharePct')}
              {...register('marketSharePct')}
              error={err('marketSharePct')}
            />
          </SimpleGrid>
          <Textarea
            label={t('analyses.fields.strengths')}
            autosize
            minRows={3}
            {...register('strengths')}
            error={err('strengths')}
          />
          <Textarea
            label={t('analyses.fields.weaknesses')}
            autosize
            minRows={3}
            {...register('weaknesses')}
            error={err('weaknesses')}
          />
        </SimpleGrid>
        <Textarea
          label={t('analyses.fields.notes')}
          autosize
          minRows={2}
          {...register('notes')}
          error={err('notes')}
        />
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end" gap="xs">
            <Controller
              control={control}
              name="lastVerified"
              render={({ field }) => (
                <DateField
                  label={t('analyses.fields.lastVerified')}
                  value={field.value}
                  onChange={field.onChange}
                  clearable
                  w={170}
                  error={err('lastVerified')}
                  data-testid="competitor-last-verified"
                />
              )}
            />
            <Button
              variant="light"
              onClick={() => void verifiedToday()}
              data-testid="competitor-verified-today"
            >
              {t('analyses.profile.verifiedToday')}
            </Button>
          </Group>
          <Group gap="xs">
            {onCancel && (
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )}
            <Button type="submit" loading={formState.isSubmitting} data-testid="competitor-save">
              {t('analyses.profile.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
