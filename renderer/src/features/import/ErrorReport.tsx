// Every row error main reported, a page at a time (a bad file can have hundreds of thousands).
import { Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../../shared/import/orderCsv';
import { translateMessage } from '../../i18n/messages';

const PER_PAGE = 50;

/** Any import's row errors: the order import's, or another's whose `field` names its own fields. */
type RowError = Omit<ImportRowError, 'field'> & { field?: string };

export function ErrorReport({ errors, errorCount }: { errors: RowError[]; errorCount: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  // A new report starts at its first page (adjusted during render, not in an effect).
  const [shownFor, setShownFor] = useState(errors);
  if (shownFor !== errors) {
    setShownFor(errors);
    setPage(1);
  }
  if (errors.length === 0 && errorCount === 0) return <Text c="green.8">{t('importWizard.noErrors')}</Text>;
  const pages = Math.max(1, Math.ceil(errors.length / PER_PAGE));
  const shown = errors.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const column = (e: RowError) => e.column ?? (e.field ? t(`importFields.${e.field}`, { defaultValue: e.field }) : t('common.none'));
  return (
    <Stack gap="xs">
      {errorCount > errors.length && (
        <Text size="sm" c="dimmed">
          {t('importWizard.errorsShown', { shown: errors.length, total: errorCount })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6} aria-label={t('importWizard.errorsTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('importWizard.errorColumns.row')}</Table.Th>
              <Table.Th w={180}>{t('importWizard.errorColumns.column')}</Table.Th>
              <Table.Th>{t('importWizard.errorColumns.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e, i) => (
              <Table.Tr key={`${e.row}-${i}`}>
                <Table.Td>{e.row}</Table.Td>
                <Table.Td>{column(e)}</Table.Td>
                <Table.Td>{translateMessage(e.code, e.params)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label={t('importWizard.errorPages')} />}
    </Stack>
  );
}
