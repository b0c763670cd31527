// The drawer that files an order's declaration, from the order page or the list of orders ready to
// file: it asks main what can be filed for the order (the first filing or a correction).
import { Alert, Drawer, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { FileDeclarationForm } from './FileDeclarationForm';

export function FileDeclarationDrawer({ orderId, orderNumber, onClose }: { orderId: number | null; orderNumber?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const filing = useCommand('filing.ofOrder', { orderId: orderId ?? 0 }, { enabled: orderId !== null });
  const fileable = filing.data?.fileable ?? null;
  const title = fileable?.correction ? t('filing.form.titleCorrection') : t('filing.form.title');
  return (
    <Drawer opened={orderId !== null} onClose={onClose} position="right" size="md" title={orderNumber ? `${title} · ${orderNumber}` : title}>
      {orderId !== null && filing.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {filing.isError && <Alert color="red">{errorText(filing.error)}</Alert>}
      {filing.data && !fileable && <Text c="dimmed">{t('filing.form.nothing')}</Text>}
      {fileable && <FileDeclarationForm key={`${orderId}-${fileable.id}`} fileable={fileable} onFiled={onClose} />}
    </Drawer>
  );
}
