// What the checks find in this document after each save, grouped as the broker acts on them:
// errors to fix, mismatches with the other documents (fixed or accepted with a reason), warnings.
import { Badge, Group, Loader, Paper, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../../../../shared/domain/customs/problems';
import { useCommand } from '../../../../api/hooks';
import { errorText } from '../../../../app/notify';
import { groupProblems } from './problemLink';
import { ProblemItem } from './ProblemItem';

function ProblemGroup({ title, colour, problems, documentId }: { title: string; colour: string; problems: Problem[]; documentId: number }) {
  if (problems.length === 0) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Badge color={colour} variant="light" size="sm">
          {problems.length}
        </Badge>
        <Text size="sm" fw={600}>
          {title}
        </Text>
      </Group>
      <Stack gap={4} component="ul" m={0} pl="md">
        {problems.map((p) => (
          <li key={`${p.key}|${p.path}`}>
            <ProblemItem problem={p} documentId={documentId} />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

export function ProblemsPanel({ documentId, maxHeight }: { documentId: number; maxHeight?: number | string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  // The check reads the document's table, so it refreshes by itself after every save.
  const check = useCommand('customs.check', { id: documentId }, { placeholderData: keepPreviousData });
  const groups = groupProblems(check.data?.problems ?? []);
  const count = check.data?.problems.length ?? 0;
  return (
    <Paper withBorder p="sm" role="region" aria-label={t('customs.problemsPanel.title')}>
      <UnstyledButton onClick={() => setOpen((o) => !o)} aria-expanded={open} w="100%" type="button">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {open ? '▾' : '▸'} {t('customs.problemsPanel.title')}
          </Text>
          <Group gap={6} wrap="nowrap">
            {check.isFetching && <Loader size={12} aria-label={t('customs.problemsPanel.checking')} />}
            {groups.errors.length > 0 && (
              <Badge color="red" size="sm" variant="light">
                {t('customs.problemsPanel.errorsCount', { count: groups.errors.length })}
              </Badge>
            )}
            {groups.mismatches.length > 0 && (
              <Badge color="orange" size="sm" variant="light">
                {t('customs.problemsPanel.mismatchesCount', { count: groups.mismatches.length })}
              </Badge>
            )}
            {groups.warnings.length > 0 && (
              <Badge color="yellow" size="sm" variant="light">
                {t('customs.problemsPanel.warningsCount', { count: groups.warnings.length })}
              </Badge>
            )}
          </Group>
        </Group>
      </UnstyledButton>
      {open && (
        <ScrollArea.Autosize mah={maxHeight} mt="xs" type="auto">
          {check.isError ? (
            <Text size="sm" c="red.7">
              {errorText(check.error)}
            </Text>
          ) : check.isPending ? (
            <Text size="sm" c="dimmed">
              {t('customs.problemsPanel.checking')}
            </Text>
          ) : count === 0 ? (
            <Text size="sm" c="green.8">
              {t('customs.problemsPanel.none')}
            </Text>
          ) : (
            <Stack gap="sm">
              <ProblemGroup title={t('customs.problemsPanel.errors')} colour="red" problems={groups.errors} documentId={documentId} />
              <ProblemGroup title={t('customs.problemsPanel.mismatches')} colour="orange" problems={groups.mismatches} documentId={documentId} />
              <ProblemGroup title={t('customs.problemsPanel.warnings')} colour="yellow" problems={groups.warnings} documentId={documentId} />
            </Stack>
          )}
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}
