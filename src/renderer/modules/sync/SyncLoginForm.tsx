import { formResolver } from '../../components/form-resolver';
import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoginReply } from '#shared/sync/protocol';
import { useSync } from '../../sync/SyncProvider';
import type { SyncAccount } from '../../sync/types';
import { loginErrorText, loginFormSchema } from './login-form';
import type { LoginFormInput, LoginFormValues } from './login-form';

type Props = {
  /** The account this device is bound to, when it logged in before: prefilled. */
  account?: SyncAccount;
  /** Hears a successful login with the server it was made on. */
  onLoggedIn: (reply: LoginReply, serverUrl: string) => void | Promise<void>;
};

/** Server address, e-mail and password; errors say exactly what went wrong. */
export function SyncLoginForm({ account, onLoggedIn }: Props) {
  const { t } = useTranslation();
  const sync = useSync();
  const { register, handleSubmit, formState, setError } = useForm<
    LoginFormInput,
    unknown,
    LoginFormValues
  >({
    resolver: formResolver(loginFormSchema),
    defaultValues: {
      serverUrl: account?.serverUrl ?? '',
      email: account?.email ?? '',
      password: '',
    },
  });
  const fieldError = (name: keyof LoginFormInput) => {
    const message = formState.errors[name]?.message;
    return message ? t(message) : undefined;
  };

  const submit = handleSubmit(async (values) => {
    let reply: LoginReply;
    try {
      reply = await sync.login(values);
    } catch (error) {
      const text = loginErrorText(error, values.serverUrl);
      setError('root', { message: t(`sync.${text.key}`, text.params ?? {}) });
      return;
    }
    await onLoggedIn(reply, values.serverUrl);
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="sync-login-form">
      <Stack gap="sm">
        {account && (
          <Text size="sm">{t('sync.settings.reLogIn', { workspace: account.workspaceName })}</Text>
        )}
        <TextInput
          label={t('sync.settings.serverUrl')}
          placeholder={t('sync.settings.serverUrlPlaceholder')}
          withAsterisk
          autoComplete="url"
          {...register('serverUrl')}
          error={fieldError('serverUrl')}
          data-testid="sync-server-url"
        />
        <TextInput
          label={t('sync.settings.email')}
          type="email"
          withAsterisk
          autoComplete="username"
          {...register('email')}
          error={fieldError('email')}
          data-testid="sync-email"
        />
        <PasswordInput
          label={t('sync.settings.password')}
          withAsterisk
          autoComplete="current-password"
          {...register('password')}
          error={fieldError('password')}
          data-testid="sync-password"
        />
        {formState.errors.root?.message && (
          <Alert color="red" data-testid="sync-login-error" role="alert">
            {formState.errors.root.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={formState.isSubmitting} data-testid="sync-login">
            {t('sync.settings.logIn')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
