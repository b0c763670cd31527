// /products/new and /products/:id: the product form, empty or loaded, with the product's history.
import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { emptyProduct } from '../../../../shared/schemas/product';
import { useCommand } from '../../api/hooks';
import { errorText } from '../../app/notify';
import { HistoryTable } from '../../ui/HistoryTable';
import { ProductForm } from './ProductForm';

function EditProduct({ id }: { id: number }) {
  const { t } = useTranslation();
  // Always fresh: editing from a stale copy would overwrite someone else's change.
  const detail = useCommand('products.get', { id }, { staleTime: 0, refetchOnMount: 'always' });
  if (detail.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (detail.isError)
    return (
      <Alert color="red" title={t('errors.loadFailed')}>
        {errorText(detail.error)}
      </Alert>
    );
  return (
    <Stack>
      {/* Keyed by id only: a refresh while the user types must not reset the form. */}
      <ProductForm key={id} id={id} initial={detail.data.product} title={t('catalogue.form.editTitle', { sku: detail.data.product.sku })} />
      <HistoryTable history={detail.data.history} />
    </Stack>
  );
}

export function ProductFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const initial = useMemo(() => emptyProduct(), []);
  if (id === undefined || id === 'new') {
    return (
      <Stack>
        <Anchor component={Link} to="/products" size="sm">
          {t('catalogue.form.backToList')}
        </Anchor>
        <ProductForm initial={initial} title={t('catalogue.form.newTitle')} />
      </Stack>
    );
  }
  const numeric = Number(id);
  if (!Number.isInteger(numeric) || numeric <= 0) return <Alert color="red">{t('errors.notFound')}</Alert>;
  return <EditProduct id={numeric} />;
}
