// The numbering series: one prefix per kind of document, with the number it will give, so the
// broker sees "INV-2026-000001" before the first invoice is finalised.
import { SimpleGrid } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDocumentNumber } from '../../../../../shared/domain/customs/documentNumber';
import { SERIES_KEYS, type SeriesKey, seriesPrefix } from '../../../../../shared/schemas/customs/company';
import { ProfileSection, ProfileText, useProfileForm } from './profileForm';

/** The year a number counts in is the year it is finalised: this year, for the example. */
const YEAR = new Date().getFullYear();

/** The first number of a series, or undefined while the prefix is not a valid one. */
export function exampleNumber(prefix: string | undefined, year = YEAR): string | undefined {
  const parsed = seriesPrefix.safeParse(prefix ?? '');
  return parsed.success ? formatDocumentNumber(parsed.data, year, 1) : undefined;
}

function SeriesField({ series }: { series: SeriesKey }) {
  const { t } = useTranslation();
  const { control } = useProfileForm();
  const prefix = useWatch({ control, name: `series.${series}` });
  const example = exampleNumber(prefix);
  return (
    <ProfileText
      path={`series.${series}`}
      label={t(`company.documentTypes.${series}`)}
      description={example ? t('company.series.example', { number: example }) : t('company.series.noExample')}
      maxLength={8}
      styles={{ input: { textTransform: 'uppercase', fontFamily: 'var(--mantine-font-family-monospace)' } }}
    />
  );
}

export function SeriesSection() {
  const { t } = useTranslation();
  return (
    <ProfileSection id="series" title={t('company.profile.series')} hint={t('company.series.hint')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        {SERIES_KEYS.map((s) => (
          <SeriesField key={s} series={s} />
        ))}
      </SimpleGrid>
    </ProfileSection>
  );
}
