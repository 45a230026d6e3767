import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepos } from '#data';
import { SIMPLE_SIGNATURE_STATEMENT } from '#shared/contracts/signing';
import type { Contract, ContractRevision, SignerRoleName } from '#shared/domain/contracts';
import { DateField } from '../../../components/DateField';
import { errorMessage } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { platform } from '../../../platform';
import { SignaturePadField, type SignaturePadHandle } from './SignaturePadField';
import { signOnSite, type SigningStep } from './sign-on-site';
import {
  buildSignatures,
  deviceLabel,
  initialSignerFields,
  SIGNER_ROLES,
  type SignerErrors,
  type SignerFields,
  type SigningErrors,
} from './signing-form';
import { clock } from './today';

type Props = {
  contract: Contract;
  revision: ContractRevision;
  onClose: () => void;
};

/**
 * Signing on site, full screen: a pad, name, function, place and date for each party, the plain
 * statement of what this signature is, and one button that signs, stores and locks the revision.
 */
export function SigningDialog({ contract, revision, onClose }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const [fields, setFields] = useState(() =>
    initialSignerFields(revision.variables, clock.today()),
  );
  const [errors, setErrors] = useState<SigningErrors>({});
  const [step, setStep] = useState<SigningStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [appVersion, setAppVersion] = useState<string | null>(null);
  const company = useRef<SignaturePadHandle>(null);
  const client = useRef<SignaturePadHandle>(null);
  const pads = { company, client };
  const busy = step !== null;

  useEffect(() => {
    let live = true;
    platform
      .appInfo()
      .then((info) => live && setAppVersion(info.version))
      .catch(() => live && setAppVersion('unknown'));
    return () => {
      live = false;
    };
  }, []);

  const parties: Record<SignerRoleName, string> = {
    company: revision.variables['company.name'] ?? '',
    client: revision.variables['client.name'] ?? '',
  };

  const setField = (role: SignerRoleName, field: keyof SignerFields, value: string) => {
    setFields((current) => ({ ...current, [role]: { ...current[role], [field]: value } }));
    if (errors[role]?.[field]) {
      setErrors((current) => ({ ...current, [role]: { ...current[role], [field]: undefined } }));
    }
  };

  const padChanged = (role: SignerRoleName, strokePoints: number) => {
    if (strokePoints > 0 && errors[role]?.pad) {
      setErrors((current) => ({ ...current, [role]: { ...current[role], pad: undefined } }));
    }
  };

  const confirm = async () => {
    setFailure(null);
    setStep('check');
    const empty = { strokePoints: 0, png: new Uint8Array() };
    const readings = {
      company: company.current?.read() ?? empty,
      client: client.current?.read() ?? empty,
    };
    // Empty pads and missing names are named at their fields before any image is read.
    const result = buildSignatures({
      fields,
      pads: readings,
      parties,
      signedAt: new Date().toISOString(),
    });
    if (!result.ok) {
      setErrors(result.errors);
      setFailure(t('contractReview.sign.fixFields'));
      setStep(null);
      return;
    }
    setErrors({});
    try {
      await signOnSite({
        repos,
        contract,
        revision,
        signatures: result.signatures,
        device: deviceLabel(navigator.userAgent),
        appVersion: appVersion || 'unknown',
        onStep: setStep,
      });
      notifications.show({
        color: 'green',
        message: t('contractReview.sign.done', { number: revision.number }),
      });
      onClose();
    } catch (error) {
      setFailure(`${t('contractReview.sign.failed')} ${errorMessage(error, t, language)}`);
      setStep(null);
    }
  };

  const fieldError = (role: SignerRoleName, field: keyof SignerErrors) => {
    const key = errors[role]?.[field];
    return key ? t(key) : undefined;
  };

  return (
    <Modal
      opened
      fullScreen
      transitionProps={{ transition: 'fade', duration: 150 }}
      onClose={() => !busy && onClose()}
      closeOnEscape={!busy}
      withCloseButton={!busy}
      title={
        <Title order={3} component="span">
          {t('contractReview.sign.title', { title: contract.title, number: revision.number })}
        </Title>
      }
      data-testid="signing-dialog"
    >
      <Stack gap="sm" maw={1280} mx="auto">
        <Text size="sm">{t('contractReview.sign.intro', { number: revision.number })}</Text>
        <Alert
          color="yellow"
          variant="light"
          py="xs"
          title={t('contractReview.sign.statementTitle')}
          data-testid="signing-statement"
        >
          {SIMPLE_SIGNATURE_STATEMENT[language]}
        </Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {SIGNER_ROLES.map((role) => (
            <Paper key={role} withBorder p="md" data-testid={`signer-${role}`}>
              <Stack gap="xs">
                <div>
                  <Text fw={600}>{t(`contractReview.sign.roles.${role}`)}</Text>
                  {parties[role] && (
                    <Text size="sm" c="dimmed">
                      {parties[role]}
                    </Text>
                  )}
                </div>
                <SignaturePadField
                  ref={pads[role]}
                  testId={`signature-pad-${role}`}
                  label={t('contractReview.sign.pad')}
                  hint={t('contractReview.sign.padHint')}
                  clearLabel={t('contractReview.sign.clear')}
                  error={fieldError(role, 'pad')}
                  disabled={busy}
                  onChange={(count) => padChanged(role, count)}
                />
                <SimpleGrid cols={2} spacing="xs">
                  <TextInput
                    label={t('contractReview.sign.name')}
                    required
                    value={fields[role].name}
                    onChange={(event) => setField(role, 'name', event.currentTarget.value)}
                    error={fieldError(role, 'name')}
                    disabled={busy}
                    maxLength={200}
                    data-testid={`signer-name-${role}`}
                  />
                  <TextInput
                    label={t('contractReview.sign.function')}
                    placeholder={t('contractReview.sign.functionPlaceholder')}
                    value={fields[role].function}
                    onChange={(event) => setField(role, 'function', event.currentTarget.value)}
                    error={fieldError(role, 'function')}
                    disabled={busy}
                    maxLength={200}
                    data-testid={`signer-function-${role}`}
                  />
                  <TextInput
                    label={t('contractReview.sign.place')}
                    required
                    value={fields[role].place}
                    onChange={(event) => setField(role, 'place', event.currentTarget.value)}
                    error={fieldError(role, 'place')}
                    disabled={busy}
                    maxLength={200}
                    data-testid={`signer-place-${role}`}
                  />
                  <DateField
                    label={t('contractReview.sign.date')}
                    required
                    value={fields[role].date}
                    onChange={(value) => setField(role, 'date', value)}
                    error={fieldError(role, 'date')}
                    disabled={busy}
                    data-testid={`signer-date-${role}`}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
        <Group
          justify="space-between"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Group gap="xs" data-testid="signing-progress" aria-live="polite" style={{ flex: 1 }}>
            {busy ? (
              <>
                <Loader size="sm" />
                <Text size="sm">{t(`contractReview.sign.steps.${step}`)}</Text>
              </>
            ) : (
              failure && (
                <Text size="sm" c="red.8" fw={500} data-testid="signing-error">
                  {failure}
                </Text>
              )
            )}
          </Group>
          <Group>
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('contractReview.sign.cancel')}
            </Button>
            <Button
              onClick={() => void confirm()}
              loading={busy}
              disabled={appVersion === null}
              data-testid="signing-confirm"
            >
              {t('contractReview.sign.confirm')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
