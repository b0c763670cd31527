// New or edited product. What the user typed is never thrown away: on any failure the form stays
// as it is and the errors are shown beside the fields.
import { Alert, Button, Checkbox, Group, List, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BATTERY_TYPES, type Product, type ProductInput } from '../../../../shared/schemas/product';
import { toAppError } from '../../api/errors';
import { useMutationCommand } from '../../api/hooks';
import { notifySuccess } from '../../app/notify';
import { translateMessage } from '../../i18n/messages';
import { countryFilter, countryOptions, currencyOptions, unitOptions } from '../../i18n/options';
import { useFieldError } from '../../ui/useFieldError';
import { HsCodePicker } from './HsCodePicker';
import { productResolver, productServerErrors } from './productResolver';

interface Props {
  id?: number;
  initial: ProductInput;
  title: string;
}

export function ProductForm({ id, initial, title }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<ProductInput, unknown, Product>({ resolver: productResolver, defaultValues: initial, mode: 'onSubmit', reValidateMode: 'onChange' });
  const error = useFieldError(form.control);
  const [banner, setBanner] = useState<{ message: string; details: string[] }>();
  const create = useMutationCommand('products.create');
  const update = useMutationCommand('products.update');
  const saving = create.isPending || update.isPending || form.formState.isSubmitting;
  const restricted = useWatch({ control: form.control, name: 'restricted' });

  const onValid = async (product: Product) => {
    setBanner(undefined);
    try {
      const saved = id === undefined ? await create.mutateAsync({ product }) : await update.mutateAsync({ id, product });
      notifySuccess(t('catalogue.form.saved', { sku: product.sku }));
      // The router shows its own errors (the route's error page); there is nothing to wait for.
      void navigate(`/products/${saved.id}`);
    } catch (caught) {
      const e = toAppError(caught);
      const details = productServerErrors(
        e,
        (name, err) => form.setError(name, err),
        (code, params) => translateMessage(code, params),
      );
      setBanner({ message: translateMessage(e.code, e.params), details });
    }
  };

  const text = (
    name: 'sku' | 'name' | 'brand' | 'model' | 'netWeightKg' | 'grossWeightKg' | 'unitValue' | 'gtin',
    extra: { required?: boolean; hint?: string; mono?: boolean } = {},
  ) => (
    <TextInput
      {...form.register(name)}
      label={t(`catalogue.fields.${name}`)}
      description={extra.hint}
      withAsterisk={extra.required}
      error={error(name)}
      styles={extra.mono ? { input: { fontFamily: 'monospace' } } : undefined}
    />
  );
  const select = (name: 'originCountry' | 'unit' | 'currency' | 'battery', data: { value: string; label: string }[], searchable = false) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`catalogue.fields.${name}`)}
          data={data}
          searchable={searchable}
          filter={name === 'originCountry' ? countryFilter : undefined}
          withAsterisk
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error(name)}
        />
      )}
    />
  );
  const check = (name: 'dangerousGoods' | 'restricted') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Checkbox label={t(`catalogue.fields.${name}`)} checked={field.value} onChange={(e) => field.onChange(e.currentTarget.checked)} ref={field.ref} />
      )}
    />
  );

  return (
    <form onSubmit={form.handleSubmit(onValid, () => setBanner({ message: t('catalogue.form.fixFields'), details: [] }))} noValidate aria-label={title}>
      <Stack maw={1080}>
        <Title order={2}>{title}</Title>
        {banner && (
          <Alert color="red" title={t('catalogue.form.saveFailed')} role="alert">
            {banner.message}
            {banner.details.length > 0 && (
              <List size="sm" mt="xs">
                {banner.details.map((d, i) => (
                  <List.Item key={i}>{d}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Paper withBorder p="md" component="fieldset" aria-label={t('catalogue.form.identity')}>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('sku', { required: true, mono: true })}
            {text('name', { required: true })}
            {text('brand', { required: true })}
            {text('model', { required: true })}
            {text('gtin', { hint: t('catalogue.fields.gtinHint'), mono: true })}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" component="fieldset" aria-label={t('catalogue.form.customs')}>
          <Stack>
            <Textarea
              {...form.register('description')}
              label={t('catalogue.fields.description')}
              description={t('catalogue.fields.descriptionHint')}
              withAsterisk
              autosize
              minRows={2}
              error={error('description')}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <HsCodePicker control={form.control} error={error('hsCode')} />
              {select('originCountry', countryOptions(i18n.language), true)}
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="fieldset" aria-label={t('catalogue.form.shipping')}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {select('unit', unitOptions(t))}
            {text('netWeightKg', { required: true })}
            {text('grossWeightKg', { required: true })}
            {text('unitValue', { required: true })}
            {select('currency', currencyOptions(i18n.language), true)}
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" component="fieldset" aria-label={t('catalogue.form.handling')}>
          <Stack>
            {select(
              'battery',
              BATTERY_TYPES.map((b) => ({ value: b, label: t(`catalogue.battery.${b}`) })),
            )}
            {check('dangerousGoods')}
            {check('restricted')}
            {restricted && (
              <Textarea
                {...form.register('restrictedNote')}
                label={t('catalogue.fields.restrictedNote')}
                withAsterisk
                autosize
                error={error('restrictedNote')}
              />
            )}
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate('/products')} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('catalogue.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
