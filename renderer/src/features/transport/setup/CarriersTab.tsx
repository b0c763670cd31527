// Setup tab: each carrier with its services and their limits, to edit or add to.
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CarrierView, ServiceView } from '../../../../../shared/api/contracts/transport';

const limits = (s: ServiceView, cutoff: string) =>
  [
    s.maxParcelKg && `≤ ${s.maxParcelKg} kg`,
    s.maxLengthCm && `≤ ${s.maxLengthCm} cm`,
    s.maxLengthGirthCm && `L+G ≤ ${s.maxLengthGirthCm} cm`,
    s.maxValue && `≤ ${s.maxValue} ${s.valueCurrency}`,
    s.cutoff && `${cutoff} ${s.cutoff}`,
  ]
    .filter(Boolean)
    .join(' · ');

export function CarriersTab({
  carriers,
  onCarrier,
  onService,
}: {
  carriers: CarrierView[];
  onCarrier: (carrier: CarrierView | null) => void;
  onService: (carrierId: number, service: ServiceView | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Button w={160} onClick={() => onCarrier(null)}>
        {t('transport.setup.add')}
      </Button>
      {carriers.map((c) => (
        <Stack key={c.id} gap={4}>
          <Group>
            <Title order={4}>{c.name}</Title>
            <Badge variant="light">{c.code}</Badge>
            <Badge variant="outline">{t(`transport.setup.kinds.${c.kind}`)}</Badge>
            {!c.active && <Badge color="gray">{t('transport.setup.inactive')}</Badge>}
            {c.numberPattern && (
              <Text size="xs" ff="monospace" c="dimmed">
                {c.numberPattern}
              </Text>
            )}
            <Button size="xs" variant="subtle" onClick={() => onCarrier(c)}>
              {t('transport.setup.edit')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => onService(c.id, null)}>
              {t('transport.setup.addService')}
            </Button>
          </Group>
          <Table>
            <Table.Tbody>
              {c.services.map((s) => (
                <Table.Tr key={s.id} opacity={s.active ? 1 : 0.5}>
                  <Table.Td w={90}>{s.code}</Table.Td>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td w={60}>{s.s10Indicator && <Badge size="sm">{s.s10Indicator}</Badge>}</Table.Td>
                  <Table.Td>{s.countries.join(', ')}</Table.Td>
                  <Table.Td>{limits(s, t('transport.setup.cutoffShort'))}</Table.Td>
                  <Table.Td w={80}>
                    <Button size="xs" variant="subtle" onClick={() => onService(c.id, s)}>
                      {t('transport.setup.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
