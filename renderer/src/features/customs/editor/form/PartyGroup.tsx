// A party (shipper, consignee, buyer...) as one collapsible group: folded, it reads as one line
// (who, where); open, it has every identifier customs may ask for.
import { Collapse, Grid, Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../i18n/options';
import { useOpenState } from './reveal';
import { CountryField } from './selects';
import { TextField, TextareaField } from './widgets';

const FIELDS: { field: string; span: number; kind?: 'textarea' | 'country' }[] = [
  { field: 'name', span: 6 },
  { field: 'company', span: 6 },
  { field: 'address', span: 12, kind: 'textarea' },
  { field: 'city', span: 4 },
  { field: 'postalCode', span: 2 },
  { field: 'state', span: 3 },
  { field: 'country', span: 3, kind: 'country' },
  { field: 'phone', span: 4 },
  { field: 'email', span: 4 },
  { field: 'reference', span: 4 },
  { field: 'taxId', span: 3 },
  { field: 'eori', span: 3 },
  { field: 'ioss', span: 3 },
  { field: 'customsCode', span: 3 },
];

function Summary({ path }: { path: string }) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext();
  const [name, company, city, country] = useWatch({ control, name: [`${path}.name`, `${path}.company`, `${path}.city`, `${path}.country`] }) as string[];
  const who = [company, name].filter(Boolean).join(' · ');
  const where = [city, country ? countryName(country, i18n.language) : ''].filter(Boolean).join(', ');
  const text = [who, where].filter(Boolean).join(' — ');
  return (
    <Text size="sm" c={text ? undefined : 'dimmed'} truncate>
      {text || t('customs.editor.partyEmpty')}
    </Text>
  );
}

/** A folded group still says when something inside it is wrong. */
function ErrorMark({ path }: { path: string }) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name: path });
  const has = get(errors, path) !== undefined;
  return has ? (
    <Text size="xs" c="red.7" fw={600}>
      {t('customs.editor.partyHasErrors')}
    </Text>
  ) : null;
}

export function PartyGroup({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation();
  const { partyOpen, toggleParty } = useOpenState();
  const open = partyOpen(path);
  const panelId = `${path}-fields`;
  return (
    <Paper withBorder p="xs" radius="sm">
      <UnstyledButton onClick={() => toggleParty(path)} aria-expanded={open} aria-controls={panelId} w="100%" type="button">
        <Group gap="sm" wrap="nowrap" justify="space-between">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {open ? '▾' : '▸'} {label}
            </Text>
            {!open && <Summary path={path} />}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ErrorMark path={path} />
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {open ? t('customs.editor.fold') : t('customs.editor.unfold')}
            </Text>
          </Group>
        </Group>
      </UnstyledButton>
      <Collapse in={open} id={panelId} role="group" aria-label={label}>
        <Grid mt="xs" gutter="xs" type="container" breakpoints={{ xs: '360px', sm: '520px', md: '680px', lg: '820px', xl: '1100px' }}>
          {FIELDS.map(({ field, span, kind }) => {
            const fieldPath = `${path}.${field}`;
            const fieldLabel = t(`customs.party.${field}`);
            return (
              <Grid.Col key={field} span={{ base: 12, xs: span > 6 ? 12 : 6, md: span }}>
                {kind === 'textarea' ? (
                  <TextareaField path={fieldPath} label={fieldLabel} />
                ) : kind === 'country' ? (
                  <CountryField path={fieldPath} label={fieldLabel} />
                ) : (
                  <TextField path={fieldPath} label={fieldLabel} />
                )}
              </Grid.Col>
            );
          })}
        </Grid>
      </Collapse>
    </Paper>
  );
}
