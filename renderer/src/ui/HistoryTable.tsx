// The order's audit log: when, who, what, and which fields changed.
import { Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/api/types';
import { i18next } from '../i18n';
import { formatMoment } from '../i18n/format';
import { fieldLabel } from '../i18n/messages';
import { actionLabel } from './actionLabel';
import { diffEntries, type Change } from './historyDiff';

const MAX_CHANGES = 6;

/** Row ids the steps record to link their entries; the other facts of the entry already say what they are. */
const RECORD_IDS = new Set(['shipmentId', 'filingId', 'outcomeId', 'returnId', 'declarationId', 'documentId', 'manifestId', 'parcelId']);

function showValue(change: Change, value: string, t: TFunction): string {
  if (value === '') return '∅';
  if (change.path === 'status' || change.path.endsWith('.status')) return t(`status.${value}`, { defaultValue: value });
  if (change.path === 'shippingMethod') return t(`shippingMethod.${value}`, { defaultValue: value });
  if (change.path === 'outcome') return t(`clearance.state.${value}`, { defaultValue: value });
  if (change.path === 'source') return t(`history.source.${value}`, { defaultValue: value });
  if (change.path === 'cause') return t(`returns.cause.${value}`, { defaultValue: value });
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Entries with nothing before them: show small facts (reason, file, problems), not a whole new order. */
function AfterOnly({ after }: { after: unknown }) {
  const { t } = useTranslation();
  const facts: string[] = [];
  if (after && typeof after === 'object' && !Array.isArray(after)) {
    const a = after as Record<string, unknown>;
    if (Array.isArray(a.problems)) facts.push(t('history.problemsFound', { count: a.problems.length }));
    if (typeof a.reason === 'string' && a.reason) facts.push(`${t('history.reason')}: ${a.reason}`);
    if (typeof a.fileName === 'string' && a.fileName) facts.push(`${t('history.fileName')}: ${a.fileName}`);
    // Customs documents (electron/core/customs/documentService.ts): which paper, its number and version.
    if (typeof a.type === 'string' && i18next.exists(`customsDocs.type.${a.type}`)) {
      const number = typeof a.number === 'string' && a.number ? ` ${a.number}` : '';
      const version = typeof a.version === 'number' ? ` (${t('history.version', { version: a.version })})` : '';
      facts.push(`${t(`customsDocs.type.${a.type}`)}${number}${version}`);
    }
    if (Array.isArray(a.overrides) && a.overrides.length > 0) facts.push(t('history.overrides', { count: a.overrides.length }));
  }
  if (facts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.noChanges')}
      </Text>
    );
  return (
    <div>
      {facts.map((f) => (
        <Text size="sm" key={f}>
          {f}
        </Text>
      ))}
    </div>
  );
}

function ChangeList({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.before === null || entry.before === undefined) return <AfterOnly after={entry.after} />;
  const changes = diffEntries(entry.before, entry.after).filter((c) => !RECORD_IDS.has(c.path));
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('history.noChanges')}
      </Text>
    );
  return (
    <div>
      {changes.slice(0, MAX_CHANGES).map((c) => (
        <Text size="sm" key={c.path}>
          <Text span fw={600} size="sm">
            {fieldLabel(c.path, t)}
          </Text>
          {': '}
          <Text span td="line-through" c="dimmed" size="sm">
            {showValue(c, c.before, t)}
          </Text>
          {' → '}
          {showValue(c, c.after, t)}
        </Text>
      ))}
      {changes.length > MAX_CHANGES && (
        <Text size="sm" c="dimmed">
          {t('history.more', { count: changes.length - MAX_CHANGES })}
        </Text>
      )}
    </div>
  );
}

export function HistoryTable({ history }: { history: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return <Text c="dimmed">{t('orderPage.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>{t('history.when')}</Table.Th>
            <Table.Th w={120}>{t('history.who')}</Table.Th>
            <Table.Th w={160}>{t('history.action')}</Table.Th>
            <Table.Th>{t('history.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>{formatMoment(entry.at, i18n.language)}</Table.Td>
              <Table.Td>{entry.actor}</Table.Td>
              <Table.Td>{actionLabel(entry.action, t)}</Table.Td>
              <Table.Td>
                <ChangeList entry={entry} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
