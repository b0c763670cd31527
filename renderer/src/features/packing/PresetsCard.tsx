// The packages on the bench (boxes, bags): listed, and a form to add one. The form's schema is the
// one main re-checks, so a value refused here is refused there for the same reason.
import { Button, Card, Group, SimpleGrid, Table, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type PresetInput, presetSchema } from '../../../../shared/schemas/packing';
import { useCommand, useMutationCommand } from '../../api/hooks';
import { notifyError, notifySuccess } from '../../app/notify';
import { translatePacked } from '../../i18n/messages';

const EMPTY: PresetInput = { name: '', lengthCm: '', widthCm: '', heightCm: '', tareKg: '', maxKg: '' };
const FIELDS = [
  ['lengthCm', 'length'],
  ['widthCm', 'width'],
  ['heightCm', 'height'],
  ['tareKg', 'tare'],
  ['maxKg', 'max'],
] as const;

export function PresetsCard() {
  const { t } = useTranslation();
  const presets = useCommand('packing.presets', {});
  const form = useForm<PresetInput>({ resolver: zodResolver(presetSchema), defaultValues: EMPTY });
  const save = useMutationCommand('packing.savePreset', {
    onSuccess: (saved) => {
      notifySuccess(t('packing.presets.saved', { name: saved.name }));
      form.reset(EMPTY);
    },
    onError: (e) => notifyError(e),
  });
  const err = (field: keyof PresetInput) => translatePacked(form.formState.errors[field]?.message);
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('packing.presets.title')}
      </Title>
      <Table mb="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('packing.presets.name')}</Table.Th>
            {FIELDS.map(([, label]) => (
              <Table.Th key={label} ta="right">
                {t(`packing.presets.${label}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {presets.data?.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.name}</Table.Td>
              {FIELDS.map(([field]) => (
                <Table.Td key={field} ta="right">
                  {p[field]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={form.handleSubmit((values) => save.mutate(values))} aria-label={t('packing.presets.add')}>
        <SimpleGrid cols={{ base: 2, md: 6 }} spacing="xs">
          <TextInput label={t('packing.presets.name')} {...form.register('name')} error={err('name')} maxLength={80} />
          {FIELDS.map(([field, label]) => (
            <TextInput key={field} label={t(`packing.presets.${label}`)} inputMode="decimal" {...form.register(field)} error={err(field)} />
          ))}
        </SimpleGrid>
        <Group mt="xs">
          <Button type="submit" variant="light" loading={save.isPending}>
            {t('packing.presets.add')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}
