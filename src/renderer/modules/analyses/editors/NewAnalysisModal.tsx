import { Button, Group, Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  SELF_ID,
  analysisKinds,
  analysisSubjects,
  type AnalysisKind,
  type AnalysisSubject,
} from '#shared/domain/analyses';
import { useClientOpportunities, useClients, useRepos } from '#data';
import { notifyError } from '../../../components/notify-error';
import { initialAnalysisData } from './draft';

type Props = { opened: boolean; onClose: () => void; defaultKind?: AnalysisKind | null };

type Errors = Partial<Record<'kind' | 'title' | 'clientId' | 'opportunityId', string>>;

/** "Neue Analyse": kind, title and what it is about (own company, a client, an opportunity). */
export function NewAnalysisModal({ opened, onClose, defaultKind }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('analysisEditors.newTitle')} size="md">
      {opened && <NewAnalysisForm onClose={onClose} defaultKind={defaultKind ?? null} />}
    </Modal>
  );
}

function NewAnalysisForm({
  onClose,
  defaultKind,
}: {
  onClose: () => void;
  defaultKind: AnalysisKind | null;
}) {
  const { t } = useTranslation();
  const repos = useRepos();
  const navigate = useNavigate();
  const clients = useClients();
  const [kind, setKind] = useState<AnalysisKind | null>(defaultKind);
  const [title, setTitle] = useState('');
  const [subject, setSubject] = useState<AnalysisSubject>('company');
  const [clientId, setClientId] = useState<string | null>(null);
  const [opportunityId, setOpportunityId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const opportunities = useClientOpportunities(clientId ?? '');

  const create = async () => {
    const found: Errors = {};
    const required = t('analysisEditors.errors.required');
    if (!kind) found.kind = required;
    if (title.trim() === '') found.title = required;
    else if (title.trim().length > 200) {
      found.title = t('analysisEditors.errors.tooLong', { max: '200' });
    }
    if (subject !== 'company' && !clientId) found.clientId = required;
    if (subject === 'opportunity' && !opportunityId) found.opportunityId = required;
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind) return;
    setBusy(true);
    try {
      const created = await repos.analyses.create({
        kind,
        title: title.trim(),
        subject,
        clientId: subject === 'company' ? '' : (clientId ?? ''),
        opportunityId: subject === 'opportunity' ? (opportunityId ?? '') : '',
        notes: '',
        ...initialAnalysisData(kind, SELF_ID),
      });
      onClose();
      void navigate(`/analyses/${created.id}`);
    } catch (error) {
      notifyError(error, t);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="new-analysis-form">
      <Select
        label={t('analysisEditors.fields.kind')}
        data={analysisKinds.map((value) => ({
          value,
          label: t(`analysisEditors.kinds.${value}`),
        }))}
        value={kind}
        onChange={(value) => setKind(value as AnalysisKind | null)}
        error={errors.kind}
        withAsterisk
        data-testid="new-analysis-kind"
      />
      <TextInput
        label={t('analysisEditors.fields.title')}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={errors.title}
        withAsterisk
        data-autofocus
        data-testid="new-analysis-title"
      />
      <SegmentedControl
        aria-label={t('analysisEditors.fields.subject')}
        data={analysisSubjects.map((value) => ({
          value,
          label: t(`analysisEditors.subjects.${value}`),
        }))}
        value={subject}
        onChange={(value) => setSubject(value as AnalysisSubject)}
        fullWidth
        data-testid="new-analysis-subject"
      />
      {subject !== 'company' && (
        <Select
          label={t('analysisEditors.fields.client')}
          data={(clients ?? []).map((client) => ({ value: client.id, label: client.name }))}
          value={clientId}
          onChange={(value) => {
            setClientId(value);
            setOpportunityId(null);
          }}
          error={errors.clientId}
          searchable
          withAsterisk
          data-testid="new-analysis-client"
        />
      )}
      {subject === 'opportunity' && (
        <Select
          label={t('analysisEditors.fields.opportunity')}
          data={(opportunities ?? []).map((row) => ({ value: row.id, label: row.title }))}
          value={opportunityId}
          onChange={setOpportunityId}
          error={errors.opportunityId}
          disabled={!clientId}
          searchable
          withAsterisk
          data-testid="new-analysis-opportunity"
        />
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          {t('analysisEditors.cancel')}
        </Button>
        <Button onClick={() => void create()} loading={busy} data-testid="new-analysis-create">
          {t('analysisEditors.create')}
        </Button>
      </Group>
    </Stack>
  );
}
