import { formResolver } from '../../components/form-resolver';
import {
  Button,
  Divider,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSaveAndClose } from '../../components/useSaveAndClose';
import type { z } from 'zod';
import {
  opportunityInputSchema,
  opportunityStages,
  stageProbability,
  type Opportunity,
  type OpportunityStage,
} from '#shared/domain';
import { normalizeDecimalInput } from '../../components/decimal-input';
import { DateField } from '../../components/DateField';
import { fieldError } from '../../components/form-errors';
import { FormActions } from '../../components/FormActions';
import { useRepos } from '#data';
import { usePipelineValuesHidden } from '../../stores/customer-mode.store';
import { NewOfferModal, OpportunityOffers } from '#modules/offers';
import { Slot } from '../../app/slots';
import { askLossDetailsIfLost } from './loss-prompt';

const formSchema = opportunityInputSchema.omit({ position: true });
type FormValues = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;
type Props = { clientId: string; opportunity?: Opportunity; opened: boolean; onClose: () => void };

export { normalizeDecimalInput };

/**
 * Create or edit an opportunity of a client; editing lists its offers (each opens on a click) and
 * starts a new offer with the opportunity preselected.
 */
export function OpportunityFormModal({ clientId, opportunity, opened, onClose }: Props) {
  const { t } = useTranslation();
  const repos = useRepos();
  // A saved opportunity's value stays hidden in the customer mode (the form keeps and saves it).
  const hideValue = usePipelineValuesHidden() && opportunity !== undefined;
  const [creatingOffer, setCreatingOffer] = useState(false);
  const defaults = (): FormValues =>
    opportunity
      ? {
          clientId,
          title: opportunity.title,
          stage: opportunity.stage,
          estimatedValue: opportunity.estimatedValue,
          probability: opportunity.probability,
          expectedCloseDate: opportunity.expectedCloseDate,
          lostReason: opportunity.lostReason,
        }
      : {
          clientId,
          title: '',
          stage: 'lead',
          estimatedValue: '',
          probability: stageProbability.lead,
          expectedCloseDate: '',
          lostReason: '',
        };
  const { register, control, handleSubmit, reset, formState, watch, setValue, getValues } = useForm<
    FormValues,
    unknown,
    FormOutput
  >({ resolver: formResolver(formSchema), defaultValues: defaults(), mode: 'onTouched' });
  const err = (name: keyof FormValues & string) => fieldError(t, formState.errors, name);
  const stage = watch('stage');

  useEffect(() => {
    if (opened) reset(defaults());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens
  }, [opened, opportunity]);

  // Saving it as lost (from another stage) asks for the loss details once the dialog closes.
  const saving = useMemo(
    () => ({
      create: async (input: FormOutput) => {
        const created = await repos.opportunities.create(input);
        askLossDetailsIfLost(undefined, created);
        return created;
      },
      update: async (id: string, input: FormOutput) => {
        const updated = await repos.opportunities.update(id, input);
        askLossDetailsIfLost(opportunity?.stage, updated);
        return updated;
      },
    }),
    [repos, opportunity],
  );
  const submit = handleSubmit(useSaveAndClose(saving, opportunity, onClose));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={opportunity ? t('opportunities.editTitle') : t('opportunities.new')}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate data-testid="opportunity-form">
        <TextInput
          label={t('opportunities.fields.title')}
          withAsterisk
          data-autofocus
          {...register('title')}
          error={err('title')}
        />
        <SimpleGrid cols={2} spacing="sm" mt="sm">
          <Controller
            control={control}
            name="stage"
            render={({ field }) => (
              <Select
                label={t('opportunities.fields.stage')}
                data={opportunityStages.map((value) => ({
                  value,
                  label: t(`opportunities.stages.${value}`),
                }))}
                value={field.value}
                allowDeselect={false}
                onChange={(value) => {
                  const next = (value ?? 'lead') as OpportunityStage;
                  if (getValues('probability') === stageProbability[field.value]) {
                    setValue('probability', stageProbability[next]);
                  }
                  field.onChange(next);
                }}
              />
            )}
          />
          {!hideValue && (
            <TextInput
              label={t('opportunities.fields.estimatedValue')}
              inputMode="decimal"
              {...register('estimatedValue', { setValueAs: normalizeDecimalInput })}
              error={err('estimatedValue')}
            />
          )}
          <Controller
            control={control}
            name="probability"
            render={({ field }) => (
              <NumberInput
                label={t('opportunities.fields.probability')}
                min={0}
                max={100}
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                error={err('probability')}
              />
            )}
          />
          <Controller
            control={control}
            name="expectedCloseDate"
            render={({ field }) => (
              <DateField
                label={t('opportunities.fields.expectedCloseDate')}
                clearable
                value={field.value}
                onChange={field.onChange}
                onCommit={field.onBlur}
                error={err('expectedCloseDate')}
              />
            )}
          />
        </SimpleGrid>
        {stage === 'lost' && (
          <TextInput
            label={t('opportunities.fields.lostReason')}
            mt="sm"
            {...register('lostReason')}
            error={err('lostReason')}
          />
        )}
        {opportunity && (
          <Stack gap={6} mt="md" data-testid="opportunity-form-offers">
            <Divider />
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('offers.opportunity.offers')}
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setCreatingOffer(true)}
                data-testid="opportunity-form-new-offer"
              >
                + {t('offers.opportunity.newOffer')}
              </Button>
            </Group>
            <OpportunityOffers
              opportunityId={opportunity.id}
              compact={false}
              emptyText={t('offers.clientPanel.empty')}
            />
            {/* Other areas' parts of the opportunity (the competitors in play). */}
            <Slot name="opportunity.detail" props={{ opportunity }} />
          </Stack>
        )}
        <FormActions onCancel={onClose} submitting={formState.isSubmitting} />
      </form>
      {/* Opens over this dialog; creating the offer opens it in the editor. */}
      <NewOfferModal
        opened={creatingOffer}
        onClose={() => setCreatingOffer(false)}
        clientId={clientId}
        opportunityId={opportunity?.id}
      />
    </Modal>
  );
}
