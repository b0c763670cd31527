// Transport setup: carriers with their services, the rules that choose a service for an order,
// the S10 ranges the post assigned, and imports. All data the user edits, never code branches.
import { Anchor, Group, Modal, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CarrierView, RangeView, RuleView, ServiceView } from '../../../../../shared/api/contracts/transport';
import { useCommand } from '../../../api/hooks';
import { CarrierForm, ServiceForm } from './CarrierForms';
import { CarriersTab } from './CarriersTab';
import { ImportTab } from './ImportTab';
import { RangeForm } from './RangeForm';
import { RangesTab } from './RangesTab';
import { RuleForm } from './RuleForm';
import { RulesTab } from './RulesTab';

type Editing =
  | { kind: 'carrier'; carrier: CarrierView | null }
  | { kind: 'service'; carrierId: number; service: ServiceView | null }
  | { kind: 'rule'; rule: RuleView | null }
  | { kind: 'range'; range: RangeView | null }
  | null;

export function TransportSetupPage() {
  const { t } = useTranslation();
  const carriers = useCommand('transport.carriers', {});
  const rules = useCommand('transport.rules', {});
  const ranges = useCommand('transport.ranges', {});
  const [editing, setEditing] = useState<Editing>(null);
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
          <CarriersTab
            carriers={carrierList}
            onCarrier={(carrier) => setEditing({ kind: 'carrier', carrier })}
            onService={(carrierId, service) => setEditing({ kind: 'service', carrierId, service })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="rules" pt="md">
          <RulesTab rules={ruleList} onEdit={(rule) => setEditing({ kind: 'rule', rule })} />
        </Tabs.Panel>
        <Tabs.Panel value="ranges" pt="md">
          <RangesTab ranges={ranges.data ?? []} onEdit={(range) => setEditing({ kind: 'range', range })} />
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
