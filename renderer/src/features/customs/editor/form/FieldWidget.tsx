// One field of a layout drawn with its widget: the one place that maps a field kind to an input.
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../layout/types';
import { PartyGroup } from './PartyGroup';
import { PortField } from './PortField';
import { CountryField, CurrencyField, EnumField, IncotermField, UnitField } from './selects';
import { BooleanField, DateField, DecimalField, IntegerField, TextField, TextareaField } from './widgets';

export const labelKey = (spec: FieldSpec) => spec.label ?? `customs.fields.${spec.path.split('.').at(-1)}`;

export function FieldWidget({ spec }: { spec: FieldSpec }) {
  const { t } = useTranslation();
  const props = { path: spec.path, label: t(labelKey(spec)) };
  switch (spec.kind) {
    case 'text':
      return <TextField {...props} />;
    case 'textarea':
      return <TextareaField {...props} rows={spec.rows} />;
    case 'decimal':
      return <DecimalField {...props} />;
    case 'integer':
      return <IntegerField {...props} />;
    case 'date':
      return <DateField {...props} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'enum':
      return <EnumField {...props} options={spec.options ?? []} optionsKey={spec.optionsKey ?? ''} />;
    case 'country':
      return <CountryField {...props} />;
    case 'currency':
      return <CurrencyField {...props} />;
    case 'incoterm':
      return <IncotermField {...props} />;
    case 'unit':
      return <UnitField {...props} />;
    case 'port':
      return <PortField {...props} />;
    case 'party':
      return <PartyGroup path={spec.path} label={t(spec.label ?? `customs.parties.${spec.path}`)} />;
  }
}
