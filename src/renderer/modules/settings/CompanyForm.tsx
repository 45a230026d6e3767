import { formResolver } from '../../components/form-resolver';
import {
  Button,
  ColorInput,
  Divider,
  Group,
  Image,
  Paper,
  SimpleGrid,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { companyProfileSchema, emptyCompanyProfile, type CompanyProfile } from '#shared/domain';
import { fieldError } from '../../components/form-errors';
import { useRepos } from '#data';
import { PlatformError, platform } from '../../platform';
import { logoDataUrl } from './logo';
import { notifyError } from '../../components/notify-error';

type FormValues = z.input<typeof companyProfileSchema>;
const textFields = [
  'name',
  'street',
  'postalCode',
  'city',
  'country',
  'vatId',
  'taxNumber',
  'commercialRegister',
  'managingDirectors',
  'email',
  'phone',
  'website',
] as const;

/** The company profile every document prints; IBAN, BIC and VAT ID are checked. */
export function CompanyForm() {
  const { t } = useTranslation();
  const repos = useRepos();
  const { register, control, handleSubmit, reset, formState, setValue, watch } = useForm<
    FormValues,
    unknown,
    CompanyProfile
  >({
    resolver: formResolver(companyProfileSchema),
    defaultValues: emptyCompanyProfile(),
    mode: 'onTouched',
  });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);
  const logo = watch('logo');

  useEffect(() => {
    void repos.settings
      .getCompany()
      .then((company) => reset({ ...emptyCompanyProfile(), ...company }));
  }, [repos, reset]);

  const chooseLogo = async () => {
    try {
      const file = await platform.openFile({
        accept: ['png', 'jpg', 'jpeg', 'svg'],
        maxBytes: 512 * 1024,
      });
      if (!file) return;
      setValue('logo', logoDataUrl(file.name, file.data), {
        shouldDirty: true,
        shouldValidate: true,
      });
    } catch (error) {
      notifyError(error, t, { explain: (e) => logoMessage(e, t) });
    }
  };

  const submit = handleSubmit(async (company) => {
    await repos.settings.saveCompany(company);
    reset(company);
    notifications.show({ message: t('common.saved'), color: 'green' });
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.companyHint')}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="company-form">
        <SimpleGrid cols={2} spacing="sm">
          {textFields.map((name) => (
            <TextInput
              key={name}
              label={t(`settings.fields.${name}`)}
              withAsterisk={name === 'name'}
              {...register(name)}
              error={err(name)}
            />
          ))}
        </SimpleGrid>
        <Divider my="md" label={t('settings.legal.title')} labelPosition="left" />
        <Text size="xs" c="dimmed" mb="xs">
          {t('settings.legal.hint')}
        </Text>
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t('settings.legal.legalForm')}
            placeholder={t('settings.legal.legalFormPlaceholder')}
            {...register('legalForm')}
            error={err('legalForm')}
          />
          <TextInput
            label={t('settings.legal.registeredSeat')}
            {...register('registeredSeat')}
            error={err('registeredSeat')}
          />
          <TextInput
            label={t('settings.legal.supervisoryBoardChair')}
            {...register('supervisoryBoardChair')}
            error={err('supervisoryBoardChair')}
          />
        </SimpleGrid>
        <Divider my="md" />
        <SimpleGrid cols={3} spacing="sm">
          <TextInput
            label={t('settings.fields.bankName')}
            {...register('bankName')}
            error={err('bankName')}
          />
          <TextInput label={t('settings.fields.iban')} {...register('iban')} error={err('iban')} />
          <TextInput label={t('settings.fields.bic')} {...register('bic')} error={err('bic')} />
        </SimpleGrid>
        <Divider my="md" />
        <Group align="flex-end" gap="lg">
          <Controller
            control={control}
            name="brandColor"
            render={({ field }) => (
              <ColorInput
                label={t('settings.fields.brandColor')}
                value={field.value}
                onChange={field.onChange}
                format="hex"
                w={200}
                error={err('brandColor')}
              />
            )}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('settings.logo')}
            </Text>
            <Group gap="xs">
              {logo && <Image src={logo} alt={t('settings.logo')} h={40} w="auto" fit="contain" />}
              <Button variant="default" onClick={() => void chooseLogo()}>
                {t('settings.chooseLogo')}
              </Button>
              {logo && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => setValue('logo', '', { shouldDirty: true })}
                >
                  {t('settings.removeLogo')}
                </Button>
              )}
            </Group>
          </div>
        </Group>
        <Group justify="flex-end" mt="md">
          <Button type="submit" loading={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

/** The settings' own sentence for a logo that cannot be used; other errors get notifyError's. */
function logoMessage(error: unknown, t: (key: string) => string): string | undefined {
  if (error instanceof PlatformError && error.code === 'file-too-large') {
    return t('settings.logoTooLarge');
  }
  return error instanceof Error && error.message.startsWith('settings.')
    ? t(error.message)
    : undefined;
}
