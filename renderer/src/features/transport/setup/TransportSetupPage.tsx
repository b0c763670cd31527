// Transport setup: carriers with their services, the rules that choose a service for an order,
// the S10 ranges the post assigned, and imports. All data the user edits, never code branches.
import { Anchor, Badge, Button, Group, Modal, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CarrierView, RangeView, RuleView, ServiceView } from '../../../../../shared/api/contracts/transport';
import { useCommand, useMutationCommand } from '../../../api/hooks';
import { notifyError } from '../../../app/notify';
import { CarrierForm, ServiceForm } from './CarrierForms';
import { ImportTab } from './ImportTab';
import { RangeForm } from './RangeForm';
import { RuleForm } from './RuleForm';

type Editing =
  | { kind: 'carrier'; carrier: CarrierView | null }
  | { kind: 'service'; carrierId: number; service: ServiceView | null }
  | { kind: 'rule'; rule: RuleView | null }
  | { kind: 'range'; range: RangeView | null }
  | null;

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

export function TransportSetupPage() {
  const { t } = useTranslation();
  const carriers = useCommand('transport.carriers', {});
  const rules = useCommand('transport.rules', {});
  const ranges = useCommand('transport.ranges', {});
  const [editing, setEditing] = useState<Editing>(null);
  const del = useMutationCommand('transport.deleteRule', { onError: (e) => notifyError(e) });
  const close = () => setEditing(null);
  const carrierList = carriers.data ?? [];
  const ruleList = rules.data ?? [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('transport.setup.title')}</Title>
        <Anchor component={Link} to="/transport">
          {t('transport.setup.back')}
        </Anchor>
      </Group>
      <Tabs defaultValue="carriers" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="carriers">{t('transport.setup.carriers')}</Tabs.Tab>
          <Tabs.Tab value="rules">{t('transport.setup.rules')}</Tabs.Tab>
          <Tabs.Tab value="ranges">{t('transport.setup.ranges')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('transport.setup.import')}</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="carriers" pt="md">
          <Stack>
            <Button w={160} onClick={() => setEditing({ kind: 'carrier', carrier: null })}>
              {t('transport.setup.add')}
            </Button>
            {carrierList.map((c) => (
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
                  <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'carrier', carrier: c })}>
                    {t('transport.setup.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'service', carrierId: c.id, service: null })}>
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
                          <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'service', carrierId: c.id, service: s })}>
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
        </Tabs.Panel>

        <Tabs.Panel value="rules" pt="md">
          <Stack>
            <Button w={160} onClick={() => setEditing({ kind: 'rule', rule: null })}>
              {t('transport.setup.add')}
            </Button>
            <Table striped data-testid="transport-rules">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('transport.setup.position')}</Table.Th>
                  <Table.Th>{t('transport.setup.pattern')}</Table.Th>
                  <Table.Th>{t('transport.setup.method')}</Table.Th>
                  <Table.Th>{t('transport.setup.countries')}</Table.Th>
                  <Table.Th>{t('transport.setup.service')}</Table.Th>
                  <Table.Th>{t('transport.setup.note')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ruleList.map((r) => (
                  <Table.Tr key={r.id} opacity={r.active ? 1 : 0.5}>
                    <Table.Td>{r.position}</Table.Td>
                    <Table.Td>{r.pattern ? `${t(`transport.setup.matches.${r.match}`)} “${r.pattern}”` : '—'}</Table.Td>
                    <Table.Td>{r.method || t('transport.setup.anyMethod')}</Table.Td>
                    <Table.Td>{r.countries.join(', ')}</Table.Td>
                    <Table.Td>
                      {r.carrierName} · {r.serviceName}
                    </Table.Td>
                    <Table.Td>{r.note}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'rule', rule: r })}>
                          {t('transport.setup.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => del.mutate({ id: r.id })}>
                          {t('transport.setup.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="ranges" pt="md">
          <Stack>
            <Button w={160} onClick={() => setEditing({ kind: 'range', range: null })}>
              {t('transport.setup.add')}
            </Button>
            <Table striped data-testid="transport-ranges">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('transport.setup.carrier')}</Table.Th>
                  <Table.Th>{t('transport.setup.indicator')}</Table.Th>
                  <Table.Th>{t('transport.setup.firstSerial')}</Table.Th>
                  <Table.Th>{t('transport.setup.lastSerial')}</Table.Th>
                  <Table.Th>{t('transport.setup.nextNumber')}</Table.Th>
                  <Table.Th>{t('transport.setup.remaining')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(ranges.data ?? []).map((r) => (
                  <Table.Tr key={r.id} opacity={r.active ? 1 : 0.5}>
                    <Table.Td>{r.carrierName}</Table.Td>
                    <Table.Td>
                      {r.indicator} · {r.country}
                    </Table.Td>
                    <Table.Td>{String(r.firstSerial).padStart(8, '0')}</Table.Td>
                    <Table.Td>{String(r.lastSerial).padStart(8, '0')}</Table.Td>
                    <Table.Td ff="monospace">{r.nextNumber ?? t('transport.setup.usedUp')}</Table.Td>
                    <Table.Td>
                      <Badge color={r.remaining === 0 ? 'red' : r.remaining <= r.warnRemaining ? 'orange' : 'green'} variant="light">
                        {r.remaining}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" variant="subtle" onClick={() => setEditing({ kind: 'range', range: r })}>
                        {t('transport.setup.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="import" pt="md">
          <ImportTab carriers={carrierList} />
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={editing !== null}
        onClose={close}
        size="lg"
        title={
          editing
            ? t(
                `transport.setup.${editing.kind === 'carrier' ? 'carriers' : editing.kind === 'service' ? 'services' : editing.kind === 'rule' ? 'rules' : 'ranges'}`,
              )
            : ''
        }
      >
        {editing?.kind === 'carrier' && <CarrierForm carrier={editing.carrier} onSaved={close} />}
        {editing?.kind === 'service' && <ServiceForm carrierId={editing.carrierId} service={editing.service} onSaved={close} />}
        {editing?.kind === 'rule' && (
          <RuleForm rule={editing.rule} carriers={carrierList} nextPosition={(ruleList.at(-1)?.position ?? 0) + 10} onSaved={close} />
        )}
        {editing?.kind === 'range' && <RangeForm range={editing.range} carriers={carrierList} onSaved={close} />}
      </Modal>
    </Stack>
  );
}
