import { formResolver } from '../../components/form-resolver';
import {
  Button,
  Divider,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultOfferSettings } from '#shared/domain';
import type { OfferSettings } from '#shared/domain';
import { deviceCode } from '#shared/offers/numbering';
import { fieldError } from '../../components/form-errors';
import { ValidationError, useRepos } from '#data';
import { translateIssue } from '../../i18n';
import {
  offerSettingsFormSchema,
  previewOfferNumber,
  toOfferSettingsFormValues,
} from '#modules/catalog';
import type { OfferSettingsFormValues } from '#modules/catalog';
import { notifyError } from '../../components/notify-error';

const dayFields = [
  { name: 'defaultValidityDays', min: 1, max: 365 },
  { name: 'defaultPaymentTermsDays', min: 0, max: 365 },
  { name: 'defaultTermMonths', min: 0, max: 240 },
] as const;
const rateCurrencies = ['CHF', 'USD', 'GBP'] as const;

/** Offer numbering, defaults, minimum margin and exchange rates, shared by the team. */
export function OfferSettingsForm() {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const [sample, setSample] = useState({ initials: 'JB', device: 'A1B2' });
  const { register, control, handleSubmit, reset, formState, watch, setError } = useForm<
    OfferSettingsFormValues,
    unknown,
    OfferSettings
  >({
    resolver: formResolver(offerSettingsFormSchema),
    defaultValues: toOfferSettingsFormValues(defaultOfferSettings(), i18n.language),
    mode: 'onChange',
  });
  const err = (name: keyof OfferSettingsFormValues & string) =>
    fieldError(t, formState.errors, name);
  const rateError = (currency: (typeof rateCurrencies)[number]) => {
    const message = formState.errors.exchangeRates?.[currency]?.message;
    return message === undefined ? undefined : translateIssue(t, message);
  };

  useEffect(() => {
    void repos.offerSettings
      .get()
      .then((settings) => reset(toOfferSettingsFormValues(settings, i18n.language)));
    void Promise.all([repos.local.getProfile(), repos.local.getNodeId()]).then(
      ([profile, nodeId]) =>
        setSample({ initials: profile?.initials || 'JB', device: deviceCode(nodeId) }),
    );
  }, [repos, reset, i18n.language]);

  const preview = previewOfferNumber({
    scheme: watch('numberScheme'),
    date: new Date().toISOString().slice(0, 10),
    ...sample,
  });

  const submit = handleSubmit(async (settings) => {
    try {
      const saved = await repos.offerSettings.save(settings);
      reset(toOfferSettingsFormValues(saved, i18n.language));
      notifications.show({ message: t('common.saved'), color: 'green' });
    } catch (error) {
      if (error instanceof ValidationError) {
        for (const issue of error.issues) {
          setError(issue.path.join('.') as 'numberScheme', { message: issue.message });
        }
        return;
      }
      notifyError(error, t);
    }
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" mb="md">
        {t('catalog.settings.hint')}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="offer-settings-form">
        <TextInput
          label={t('catalog.settings.numberScheme')}
          description={t('catalog.settings.numberSchemeHint')}
          withAsterisk
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...register('numberScheme')}
          error={err('numberScheme')}
        />
        <Text size="sm" mt={6} data-testid="number-preview">
          {preview ? t('catalog.settings.preview', { number: preview }) : '\u00a0'}
        </Text>
        <SimpleGrid cols={4} spacing="sm" mt="md">
          {dayFields.map(({ name, min, max }) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <NumberInput
                  label={t(`catalog.settings.${name}`)}
                  min={min}
                  max={max}
                  allowDecimal={false}
                  allowNegative={false}
                  value={field.value}
                  onChange={(value) =>
                    field.onChange(typeof value === 'number' ? value : Number.NaN)
                  }
                  onBlur={field.onBlur}
                  error={err(name)}
                />
              )}
            />
          ))}
          <TextInput
            label={t('catalog.settings.minMarginPct')}
            description={t('catalog.settings.minMarginHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            inputMode="decimal"
            rightSection="%"
            {...register('minMarginPct')}
            error={err('minMarginPct')}
          />
        </SimpleGrid>
        <Divider my="md" label={t('catalog.settings.exchangeRates')} labelPosition="left" />
        <SimpleGrid cols={3} spacing="sm">
          {rateCurrencies.map((currency) => (
            <TextInput
              key={currency}
              label={t('catalog.settings.rate', { currency })}
              inputMode="decimal"
              rightSection={currency}
              rightSectionWidth={48}
              {...register(`exchangeRates.${currency}`)}
              error={rateError(currency)}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
