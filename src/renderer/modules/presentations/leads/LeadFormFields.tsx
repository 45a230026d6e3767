import {
  Alert,
  Button,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { leadRatings, type Deck, type Lead } from '#shared/domain/presentations';
import { checkLeadForm, defaultFollowUpDate, type LeadForm } from '#shared/presentations';
import type { CatalogItem } from '#shared/domain';
import { useRepos, ValidationError } from '#data';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateField } from '../../../components/DateField';
import { notifyError } from '../../../components/notify-error';
import { useUiLanguage } from '../../../components/useUiLanguage';
import { translateIssue } from '../../../i18n';
import { InterestsSelect } from './InterestsSelect';
import { blankLeadForm, DRAFT_MAX_AGE_MS, hasLeadInput } from './lead-draft';
import { formatTime, isLeadsKey, leadName } from './lead-format';
import { leadFormKey, nextLeadField } from './lead-form-keys';
import { LeadNotice } from './LeadNotice';
import { useLeadDraft } from './useLeadDraft';

/** The form's values: the lead form plus the newsletter tick. */
type Values = LeadForm & { newsletterOptIn: boolean };
/** Fields an error can sit at: the form's, the tick's and the notice's. */
type ErrorField = (keyof Values & string) | 'notice';

const errorFields: readonly ErrorField[] = [
  'firstName',
  'lastName',
  'company',
  'email',
  'phone',
  'interestItemIds',
  'interestCategories',
  'note',
  'rating',
  'followUpDate',
  'newsletterOptIn',
  'notice',
];

type Props = {
  deck: Deck;
  noticeText: string;
  newsletterText: string;
  items: CatalogItem[];
  categories: string[];
  onSaved: (lead: Lead) => void;
  onCancel: () => void;
};

const blankValues = (): Values => ({
  ...blankLeadForm(defaultFollowUpDate(new Date().toISOString())),
  newsletterOptIn: false,
});

/** The lead form's fields, checks, draft and keys (see LeadCaptureForm). */
export function LeadFormFields({
  deck,
  noticeText,
  newsletterText,
  items,
  categories,
  onSaved,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const repos = useRepos();
  const [defaults, setDefaults] = useState(blankValues);
  const valuesRef = useRef<() => Values>(() => defaults);
  const draft = useLeadDraft(deck.id, defaults, () => {
    const { newsletterOptIn, ...form } = valuesRef.current();
    return { form, newsletterOptIn, noticeShownAt };
  });
  // A restored draft is the form's first state, so the visitor never sees a flash of blank fields.
  const restored = draft.loaded.kind === 'restored' ? draft.loaded.draft : null;
  const [noticeShownAt, setNoticeShownAt] = useState<string | null>(
    restored?.noticeShownAt ?? null,
  );
  const noticeRef = useRef(noticeShownAt);
  noticeRef.current = noticeShownAt;
  const [confirming, setConfirming] = useState(false);

  const {
    control,
    register,
    handleSubmit,
    reset,
    getValues,
    setValue,
    setError,
    clearErrors,
    formState,
    trigger,
  } = useForm<Values>({
    defaultValues: restored
      ? { ...restored.form, newsletterOptIn: restored.newsletterOptIn }
      : defaults,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    resolver: ((values: Values) => check(values, noticeRef.current)) as Resolver<Values>,
  });
  valuesRef.current = getValues;
  const interestCategories = useWatch({ control, name: 'interestCategories' });
  const current = () => {
    const { newsletterOptIn, ...form } = getValues();
    return { form, newsletterOptIn, noticeShownAt };
  };
  const [note, setNote] = useState<ReactNode>(() => draftNote(draft.loaded));

  function draftNote(loaded: typeof draft.loaded): ReactNode {
    if (loaded.kind === 'restored') {
      return t('leads.capture.draft.restored', {
        time: formatTime(new Date(loaded.draft.savedAt).toISOString(), language),
      });
    }
    if (loaded.kind === 'expired') {
      return t('leads.capture.draft.expired', {
        time: formatTime(new Date(loaded.savedAt).toISOString(), language),
        hours: DRAFT_MAX_AGE_MS / 3_600_000,
      });
    }
    return null;
  }

  const message = (key: string | undefined) =>
    key === undefined ? undefined : isLeadsKey(key) ? t(key) : translateIssue(t, key);
  const errors = formState.errors as FieldErrors<Values> & { notice?: { message?: string } };
  const err = (field: ErrorField) => {
    const text = message(errors[field as keyof Values]?.message as string | undefined);
    return text === undefined ? undefined : <span data-testid={`lead-error-${field}`}>{text}</span>;
  };

  const blank = () => {
    const next = blankValues();
    setDefaults(next);
    reset(next);
    setNoticeShownAt(null);
    setNote(null);
  };

  const submit = handleSubmit(async (values) => {
    const { newsletterOptIn, ...form } = values;
    try {
      const lead = await repos.leads.capture({
        deckId: deck.id,
        form,
        noticeText,
        noticeShownAt,
        newsletterOptIn,
        newsletterText,
        language: deck.language,
      });
      draft.clear();
      blank();
      notifications.show({
        color: 'green',
        message: t('leads.capture.saved', { name: leadName(lead) }),
      });
      onSaved(lead);
    } catch (error) {
      if (error instanceof ValidationError && showAtFields(error, setError)) return;
      notifyError(error, t);
    }
  });

  const finishCancel = () => {
    draft.clear();
    blank();
    setConfirming(false);
    onCancel();
  };
  const requestCancel = () => {
    if (hasLeadInput(current(), defaults) || noticeShownAt !== null) setConfirming(true);
    else finishCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // While the form is open, its keys are the form's (not the presenter's behind it).
    event.stopPropagation();
    const action = leadFormKey(event, event.target as Element);
    if (action === null) return;
    event.preventDefault();
    if (action === 'cancel') requestCancel();
    else if (action === 'save') void submit();
    else nextLeadField(event.currentTarget, event.target as Element)?.focus();
  };

  // Esc also cancels while the focus is outside the fields (on the dialog itself, say).
  const formRef = useRef<HTMLFormElement>(null);
  const cancelRef = useRef(requestCancel);
  cancelRef.current = requestCancel;
  const confirmingRef = useRef(confirming);
  confirmingRef.current = confirming;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || confirmingRef.current) return;
      if (formRef.current?.contains(event.target as Node)) return;
      event.preventDefault();
      cancelRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The next visitor starts typing at once: the first field has the focus when the form opens.
  useEffect(() => {
    const timer = setTimeout(() => {
      const form = formRef.current;
      if (form && !form.contains(document.activeElement)) {
        form.querySelector<HTMLElement>('[data-testid="lead-first-name"]')?.focus();
      }
    }, 50);
    return () => clearTimeout(timer);
  }, []);

  const showNotice = () => {
    setNoticeShownAt(new Date().toISOString());
    clearErrors('notice' as keyof Values);
    draft.schedule();
    if (formState.isSubmitted) void trigger('newsletterOptIn');
  };

  return (
    <>
      <form
        ref={formRef}
        noValidate
        data-testid="lead-form"
        onSubmit={(event) => void submit(event)}
        onKeyDown={onKeyDown}
        onChange={draft.schedule}
      >
        <Stack gap="sm">
          {note && (
            <Alert
              color={draft.loaded.kind === 'expired' ? 'gray' : 'yellow'}
              withCloseButton
              onClose={() => setNote(null)}
              data-testid={`lead-draft-${draft.loaded.kind}`}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Text size="sm">{note}</Text>
                {draft.loaded.kind === 'restored' && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={blank}
                    data-testid="lead-draft-discard"
                  >
                    {t('leads.capture.draft.discard')}
                  </Button>
                )}
              </Group>
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              label={t('leads.capture.fields.firstName')}
              autoComplete="off"
              data-autofocus
              data-testid="lead-first-name"
              {...register('firstName')}
              error={err('firstName')}
            />
            <TextInput
              label={t('leads.capture.fields.lastName')}
              withAsterisk
              autoComplete="off"
              data-testid="lead-last-name"
              {...register('lastName')}
              error={err('lastName')}
            />
            <TextInput
              label={t('leads.capture.fields.company')}
              autoComplete="off"
              data-testid="lead-company"
              {...register('company')}
              error={err('company')}
            />
            <TextInput
              label={t('leads.capture.fields.email')}
              type="email"
              autoComplete="off"
              data-testid="lead-email"
              {...register('email')}
              error={err('email')}
            />
            <TextInput
              label={t('leads.capture.fields.phone')}
              type="tel"
              autoComplete="off"
              data-testid="lead-phone"
              {...register('phone')}
              error={err('phone')}
            />
            <Controller
              control={control}
              name="interestItemIds"
              render={({ field }) => (
                <InterestsSelect
                  items={items}
                  categories={categories}
                  itemIds={field.value}
                  categoryNames={interestCategories}
                  onChange={(next) => {
                    field.onChange(next.itemIds);
                    setValue('interestCategories', next.categories, {
                      shouldValidate: formState.isSubmitted,
                    });
                    draft.schedule();
                  }}
                  error={err('interestItemIds') ?? err('interestCategories')}
                />
              )}
            />
          </SimpleGrid>
          <Textarea
            label={t('leads.capture.fields.note')}
            autosize
            minRows={2}
            maxRows={4}
            data-testid="lead-note"
            {...register('note')}
            error={err('note')}
          />
          <Group align="flex-end" gap="xl">
            <Controller
              control={control}
              name="rating"
              render={({ field }) => (
                <Radio.Group
                  label={t('leads.capture.fields.rating')}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                    draft.schedule();
                  }}
                  error={err('rating')}
                >
                  <Group gap="md" mt={6}>
                    {leadRatings.map((rating) => (
                      <Radio
                        key={rating}
                        value={rating}
                        label={t(`leads.ratings.${rating}`)}
                        data-testid={`lead-rating-${rating}`}
                      />
                    ))}
                  </Group>
                </Radio.Group>
              )}
            />
            <Controller
              control={control}
              name="followUpDate"
              render={({ field }) => (
                <DateField
                  label={t('leads.capture.fields.followUpDate')}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                    draft.schedule();
                  }}
                  error={message(errors.followUpDate?.message)}
                  data-testid="lead-follow-up"
                  w={160}
                />
              )}
            />
          </Group>
          <LeadNotice
            text={noticeText}
            shownAt={noticeShownAt}
            onShow={showNotice}
            error={message(errors.notice?.message)}
          />
          <Checkbox
            label={newsletterText}
            data-testid="lead-newsletter"
            {...register('newsletterOptIn')}
            error={err('newsletterOptIn')}
          />
          <Group justify="space-between" mt="xs">
            <Text size="xs" c="dimmed">
              {t('leads.capture.keys')}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={requestCancel} data-testid="lead-cancel">
                {t('leads.capture.cancel')}
              </Button>
              <Button type="submit" loading={formState.isSubmitting} data-testid="lead-save">
                {t('leads.capture.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming}
        title={t('leads.capture.confirmCancel.title')}
        text={t('leads.capture.confirmCancel.text')}
        confirmLabel={t('leads.capture.confirmCancel.confirm')}
        onConfirm={finishCancel}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** The core's check as react-hook-form's resolver, plus: the notice must have been shown. */
function check(values: Values, noticeShownAt: string | null) {
  const { newsletterOptIn, ...form } = values;
  const result = checkLeadForm(form, { noticeShown: noticeShownAt !== null, newsletterOptIn });
  const found: Partial<Record<ErrorField, string>> = result.ok ? {} : { ...result.errors };
  // Art. 13 GDPR: the information is given when the data is collected, so no lead without it.
  if (noticeShownAt === null && found.notice === undefined) {
    found.notice = 'leads.validation.noticeNotShown';
  }
  const entries = Object.entries(found).filter(([, key]) => key !== undefined);
  if (entries.length === 0) return { values, errors: {} };
  return {
    values: {},
    errors: Object.fromEntries(
      entries.map(([field, key]) => [field, { type: 'check', message: key }]),
    ),
  };
}

/** Puts the repository's field errors at their fields; false when none of them names one. */
function showAtFields(
  error: ValidationError,
  setError: (name: keyof Values, error: { type: string; message: string }) => void,
): boolean {
  let shown = false;
  for (const issue of error.issues) {
    const field = issue.path.find((part): part is ErrorField =>
      errorFields.includes(part as ErrorField),
    );
    if (field === undefined) continue;
    setError(field as keyof Values, { type: 'server', message: issue.message });
    shown = true;
  }
  return shown;
}
