// The order page's customs documents: what the destination requires, what is still missing, the
// documents made with their status and version, and creating what is missing while it is packed.
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDocuments } from '../../../../../shared/api/contracts/customs';
import type { OrderStatus } from '../../../../../shared/domain/orderStatus';
import { DOCUMENT_TYPES } from '../../../../../shared/schemas/customs';
import { useCommand } from '../../../api/hooks';
import { errorText } from '../../../app/notify';
import { formatMoment } from '../../../i18n/format';
import { DocumentLanguageSelect, useDocumentLanguage } from './DocumentLanguageSelect';
import { DocumentStatusBadge } from './DocumentStatusBadge';
import { documentPath, typeName } from './documentWords';
import { currentTypes, typesToCreate, useCreateDocuments } from './useCreateDocuments';

/** Documents are made once an order is packed; before that there is nothing to declare. */
const FROM_PACKED: readonly OrderStatus[] = [
  'packed',
  'documents_ready',
  'declared',
  'booked',
  'customs_held',
  'cleared',
  'rejected',
  'in_transit',
  'delivered',
  'returning',
  'returned',
];
/** Until it is declared an order can still get a document (a sales contract the buyer asks for). */
const CREATABLE: readonly OrderStatus[] = ['packed', 'documents_ready'];

export function OrderDocumentsPanel({ orderId, status }: { orderId: number; status: OrderStatus }) {
  const { t } = useTranslation();
  const shown = FROM_PACKED.includes(status);
  const docs = useCommand('customs.orderDocuments', { orderId }, { enabled: shown });
  if (!shown) return null;
  const title = t('customsDocs.panel.title');
  return (
    <Card withBorder component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        {docs.data && (
          <Badge color={docs.data.ready ? 'green' : 'orange'} variant="light" size="lg" title={docs.data.ready ? t('customsDocs.panel.readyHint') : undefined}>
            {docs.data.ready ? t('customsDocs.panel.ready') : t('customsDocs.panel.notReady')}
          </Badge>
        )}
      </Group>
      {docs.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {docs.isError && (
        <Alert color="red" title={t('customsDocs.panel.loadFailed')}>
          {errorText(docs.error)}
        </Alert>
      )}
      {docs.data && <PanelBody documents={docs.data} canCreate={CREATABLE.includes(status)} />}
    </Card>
  );
}

function PanelBody({ documents, canCreate }: { documents: OrderDocuments; canCreate: boolean }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useDocumentLanguage();
  const creating = useCreateDocuments();
  const toCreate = typesToCreate([documents]);
  const existing = currentTypes([documents]);
  // The required ones have their own buttons; the menu offers the rest (a sales contract the buyer asks for).
  const others = DOCUMENT_TYPES.filter((type) => !existing.has(type) && !toCreate.includes(type));
  const create = (type: (typeof DOCUMENT_TYPES)[number]) => creating.create({ types: [type], orderIds: [documents.orderId], lang });

  return (
    <Stack gap="sm">
      <Group gap="xs" align="center">
        <Text size="sm" c="dimmed">
          {t('customsDocs.panel.required')}:
        </Text>
        {documents.required.length === 0 && <Text size="sm">{t('customsDocs.panel.nothingRequired')}</Text>}
        {documents.required.map((type) => {
          const missing = documents.missing.includes(type);
          const drafting = missing && documents.documents.some((d) => d.type === type && d.status === 'draft');
          const state = !missing ? ' ✓' : ` — ${drafting ? t('customsDocs.panel.inDraft') : t('customsDocs.panel.missing')}`;
          return (
            <Badge key={type} color={!missing ? 'green' : drafting ? 'blue' : 'orange'} variant={missing ? 'outline' : 'light'} tt="none">
              {typeName(t, type)}
              {state}
            </Badge>
          );
        })}
      </Group>
      {documents.documents.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('customsDocs.panel.noDocuments')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" aria-label={t('customsDocs.panel.title')}>
            <Table.Thead>
              <Table.Tr>
                {(['type', 'number', 'version', 'status', 'updated'] as const).map((c) => (
                  <Table.Th key={c}>{t(`customsDocs.list.columns.${c}`)}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.documents.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{typeName(t, d.type)}</Table.Td>
                  <Table.Td ff={d.number ? 'monospace' : undefined} c={d.number ? undefined : 'dimmed'}>
                    {d.number || t('customsDocs.list.draft')}
                  </Table.Td>
                  <Table.Td>{t('customsDocs.list.version', { version: d.version })}</Table.Td>
                  <Table.Td>
                    <DocumentStatusBadge status={d.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {d.finalisedAt
                      ? t('customsDocs.list.columns.finalised', { at: formatMoment(d.finalisedAt, i18n.language) })
                      : formatMoment(d.updatedAt, i18n.language)}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Anchor
                      component={Link}
                      to={documentPath(d.id)}
                      aria-label={t('customsDocs.list.open', { type: typeName(t, d.type), number: d.number || t('customsDocs.list.draft') })}
                    >
                      {t('customsDocs.panel.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canCreate && (
        <Group gap="xs" align="flex-end">
          <DocumentLanguageSelect value={lang} onChange={setLang} size="sm" />
          {toCreate.map((type) => (
            <Button key={type} loading={creating.pendingTypes.includes(type)} disabled={creating.pending} onClick={() => create(type)}>
              {t('customsDocs.panel.create', { type: typeName(t, type) })}
            </Button>
          ))}
          {others.length > 0 && (
            <Menu position="bottom-start">
              <Menu.Target>
                <Button variant="default" disabled={creating.pending}>
                  {t('customsDocs.panel.other')} ▾
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {others.map((type) => (
                  <Menu.Item key={type} onClick={() => create(type)}>
                    {typeName(t, type)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      )}
      {creating.refusal && (
        <Alert color="red" role="alert" title={t('customsDocs.create.refused')} withCloseButton onClose={creating.dismiss} closeButtonLabel={t('common.close')}>
          <Text size="sm">{creating.refusal}</Text>
        </Alert>
      )}
    </Stack>
  );
}
