// The shipping lines of the file that no rule knows, each once with how many orders use it, and a
// method to choose for each (or "decide later"). The choices go with the import and are kept as
// rules by main, so the next file with the same line needs none.
import { Alert, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/api/types';
import type { ShippingMethod } from '../../../../shared/domain/codes';
import { shippingKey } from '../../../../shared/domain/shipping';
import { formatCount } from '../../i18n/format';
import { shippingMethodOptions } from '../../i18n/options';

/** The user's method per line, keyed by shippingKey(line): lines differing in case or accents are one. */
export type ShippingChoices = ReadonlyMap<string, ShippingMethod>;

const LATER = 'later';

export function choicesFor(preview: ImportPreview, choices: ShippingChoices): { line: string; method: ShippingMethod }[] {
  return preview.unknownShippingLines.flatMap((u) => {
    const method = choices.get(shippingKey(u.line));
    return method ? [{ line: u.line, method }] : [];
  });
}

interface Props {
  preview: ImportPreview;
  choices: ShippingChoices;
  onChoose: (line: string, method: ShippingMethod | undefined) => void;
}

export function UnknownLines({ preview, choices, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const lines = preview.unknownShippingLines;
  if (lines.length === 0) return null;
  const options = [{ value: LATER, label: t('shipping.import.decideLater') }, ...shippingMethodOptions(t)];
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('shipping.import.title')}
      </Title>
      <Alert color="yellow" variant="light">
        {t('shipping.import.hint')}
      </Alert>
      {preview.unknownShippingLineCount > lines.length && (
        <Text size="sm" c="dimmed">
          {t('shipping.import.shownOf', { shown: lines.length, total: preview.unknownShippingLineCount })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={560} mah={360}>
        <Table striped verticalSpacing={4} stickyHeader aria-label={t('shipping.import.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shipping.import.line')}</Table.Th>
              <Table.Th ta="right" w={90}>
                {t('shipping.import.orders')}
              </Table.Th>
              <Table.Th w={240}>{t('shipping.import.method')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((u) => (
              <Table.Tr key={shippingKey(u.line)}>
                <Table.Td fw={600}>{u.line}</Table.Td>
                <Table.Td ta="right">{formatCount(u.orders, i18n.language)}</Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('shipping.import.methodFor', { line: u.line })}
                    data={options}
                    allowDeselect={false}
                    value={choices.get(shippingKey(u.line)) ?? LATER}
                    onChange={(v) => onChoose(u.line, !v || v === LATER ? undefined : (v as ShippingMethod))}
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
