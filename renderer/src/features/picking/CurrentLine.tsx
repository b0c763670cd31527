// The line to pick now, in type large enough to read at arm's length: where, what, how many, into what.
import { Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PickLineView } from '../../../../shared/api/contracts/picking';
import { quantity } from '../../i18n/format';

function Field({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fz={36} fw={800} lh={1.1} style={{ wordBreak: 'break-all' }}>
        {value}
      </Text>
      {sub && <Text size="sm">{sub}</Text>}
    </Stack>
  );
}

export function CurrentLine({ line, total }: { line: PickLineView; total: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="lg" aria-label={t('picking.pick.currentLine', { seq: line.seq, total })}>
      <Group justify="space-between" mb="sm">
        <Text fw={700}>{t('picking.pick.currentLine', { seq: line.seq, total })}</Text>
        <Text>{t('picking.pick.order', { orderNumber: line.orderNumber })}</Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Field label={t('picking.pick.bin')} value={line.binCode} sub={t('picking.pick.zone', { zone: line.zone })} />
        <Field
          label={t('picking.pick.product')}
          value={line.sku}
          sub={[line.name, line.gtin ? t('picking.pick.gtin', { gtin: line.gtin }) : ''].filter(Boolean).join(' · ')}
        />
        <Field label={t('picking.pick.quantity')} value={quantity(line.remaining, i18n.language)} />
        <Field label={t('picking.pick.container')} value={line.container} />
      </SimpleGrid>
    </Card>
  );
}
