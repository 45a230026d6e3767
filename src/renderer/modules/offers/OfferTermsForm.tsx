import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currencies,
  offerInputSchema,
  type Offer,
  type OfferInput,
  type OfferSettings,
} from '#shared/domain';
import { DateField } from '../../components/DateField';
import { displayDecimal, normalizeDecimalInput } from '../../components/decimal-input';
import { useRepos } from '#data';
import { translateIssue } from '../../i18n';
import { issueMessage } from '#shared/validation/issue-message';
import { ContactPersonSelect } from './ContactPersonSelect';
import { notifyError } from '../../components/notify-error';

const inputFields = Object.keys(offerInputSchema.shape) as (keyof OfferInput)[];
const decimalFields = ['exchangeRate', 'cashDiscountPct', 'discountPct'] as const;
const integerFields = ['paymentTermsDays', 'cashDiscountDays', 'termMonths'] as const;
type TextField =
  'title' | 'date' | 'validUntil' | (typeof decimalFields)[number] | (typeof integerFields)[number];

function inputOf(offer: Offer): OfferInput {
  return Object.fromEntries(inputFields.map((field) => [field, offer[field]])) as OfferInput;
}

/** The offer's terms, each saved when its field is left; a bad value is refused at the field. */
export function OfferTermsForm({
  offer,
  settings,
  editable,
  hasLines,
}: {
  offer: Offer;
  settings: OfferSettings;
  editable: boolean;
  /** Prices are stored in the offer currency, so it may change only while there are no lines. */
  hasLines: boolean;
}) {
  const { t, i18n } = useTranslation();
  const repos = useRepos();
  const show = (field: TextField) => {
    const value = offer[field];
    return typeof value === 'number'
      ? String(value)
      : (decimalFields as readonly string[]).includes(field)
        ? displayDecimal(value, i18n.language)
        : value;
  };
  const [texts, setTexts] = useState<Partial<Record<TextField, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<keyof OfferInput, string>>>({});
  // Typed texts belong to this offer; a save of one field must not wipe another being typed.
  useEffect(() => {
    setTexts({});
    setErrors({});
  }, [offer.id]);

  // Saves not yet back through the live query: a quick next edit (date, then validity) is
  // checked against them rather than against the older offer.
  const pending = useRef<Partial<OfferInput>>({});
  useEffect(() => {
    pending.current = {};
  }, [offer]);

  const save = async (patch: Partial<OfferInput>) => {
    const candidate = { ...inputOf(offer), ...pending.current, ...patch };
    const parsed = offerInputSchema.safeParse(candidate);
    const fields = Object.keys(patch) as (keyof OfferInput)[];
    if (!parsed.success) {
      const issues = parsed.error.issues.filter(
        (issue) =>
          fields.includes(issue.path[0] as keyof OfferInput) || issue.path[0] === 'validUntil',
      );
      if (issues.length > 0) {
        setErrors(
          Object.fromEntries(
            issues.map((issue) => [
              issue.path[0],
              translateIssue(t, issueMessage(issue, candidate)),
            ]),
          ),
        );
        return;
      }
    }
    setErrors({});
    pending.current = { ...pending.current, ...patch };
    try {
      await repos.offers.update(offer.id, patch);
      // The saved fields now show their stored value; others keep what is being typed.
      setTexts((current) =>
        Object.fromEntries(
          Object.entries(current).filter(([field]) => !fields.includes(field as keyof OfferInput)),
        ),
      );
    } catch (error) {
      pending.current = {};
      notifyError(error, t);
    }
  };

  const commitText = (field: TextField) => {
    const text = texts[field];
    if (text === undefined) return;
    let value: string | number = text.trim();
    if ((decimalFields as readonly string[]).includes(field)) value = normalizeDecimalInput(text);
    if ((integerFields as readonly string[]).includes(field))
      value = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (value === offer[field]) return;
    void save({ [field]: value } as Partial<OfferInput>);
  };
  // A frozen revision's fields read as text: no borders, no arrows, not greyed out (app.css).
  const readOnlyLook = editable
    ? {}
    : ({ variant: 'unstyled', classNames: { input: 'q-readonly' } } as const);
  const textInput = (field: TextField) => (
    <TextInput
      key={field}
      size="xs"
      label={t(`offers.fields.${field}`)}
      value={texts[field] ?? show(field)}
      readOnly={!editable}
      {...readOnlyLook}
      error={errors[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setTexts((current) => ({ ...current, [field]: value }));
      }}
      onBlur={() => commitText(field)}
      onKeyDown={(event) => event.key === 'Enter' && commitText(field)}
    />
  );

  const dateInput = (field: 'date' | 'validUntil') => (
    <DateField
      key={field}
      size="xs"
      label={t(`offers.fields.${field}`)}
      value={texts[field] ?? offer[field]}
      readOnly={!editable}
      {...readOnlyLook}
      error={errors[field]}
      onChange={(value) => setTexts((current) => ({ ...current, [field]: value }))}
      onCommit={(value) => value !== offer[field] && void save({ [field]: value })}
    />
  );

  return (
    <SimpleGrid
      cols={{ base: 2, md: 4 }}
      spacing="xs"
      data-testid="offer-terms"
      className={editable ? undefined : 'q-readonly-form'}
    >
      {textInput('title')}
      <ContactPersonSelect
        compact
        clientId={offer.clientId}
        value={offer.contactId ?? ''}
        onChange={(contactId) => contactId !== (offer.contactId ?? '') && void save({ contactId })}
        language={offer.language}
        disabled={!editable}
      />
      {dateInput('date')}
      {dateInput('validUntil')}
      <Select
        size="xs"
        label={t('offers.fields.currency')}
        error={errors.currency}
        data={[...currencies]}
        value={offer.currency}
        disabled={!editable}
        {...readOnlyLook}
        allowDeselect={false}
        onChange={(value) => {
          if (!value || value === offer.currency) return;
          // Prices are stored in the offer currency: switching would relabel them unconverted.
          if (hasLines) {
            setErrors({ currency: t('offers.editor.currencyWithLines') });
            return;
          }
          const currency = value as OfferInput['currency'];
          void save({
            currency,
            exchangeRate: currency === 'EUR' ? '' : settings.exchangeRates[currency],
          });
        }}
      />
      {offer.currency !== 'EUR' && textInput('exchangeRate')}
      <Select
        size="xs"
        label={t('offers.fields.language')}
        data={[
          { value: 'de', label: 'Deutsch' },
          { value: 'en', label: 'English' },
        ]}
        value={offer.language}
        disabled={!editable}
        {...readOnlyLook}
        allowDeselect={false}
        onChange={(value) =>
          value &&
          value !== offer.language &&
          void save({ language: value as OfferInput['language'] })
        }
      />
      {textInput('paymentTermsDays')}
      {textInput('cashDiscountPct')}
      {textInput('cashDiscountDays')}
      {textInput('termMonths')}
      {textInput('discountPct')}
      {editable ? (
        <Switch
          mt="lg"
          size="xs"
          label={t('offers.fields.reverseCharge')}
          checked={offer.reverseCharge}
          onChange={(event) => void save({ reverseCharge: event.currentTarget.checked })}
        />
      ) : (
        <TextInput
          size="xs"
          label={t('offers.fields.reverseCharge')}
          value={offer.reverseCharge ? t('common.yes') : t('common.no')}
          readOnly
          {...readOnlyLook}
        />
      )}
    </SimpleGrid>
  );
}
