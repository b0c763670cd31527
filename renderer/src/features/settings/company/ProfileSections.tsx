// The plain parts of the company profile: who the company is and how to reach it, its bank, and
// what new documents start from (Incoterm, place, currency, payment terms).
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currencyOptions, incotermOptions } from '../../../i18n/options';
import { ProfileSection, ProfileSelect, ProfileText, ProfileTextarea } from './profileForm';

export function IdentitySection() {
  const { t } = useTranslation();
  return (
    <ProfileSection id="identity" title={t('company.profile.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <ProfileText path="legalName" label={t('company.fields.legalName')} withAsterisk description={t('company.fields.legalNameHint')} maxLength={200} />
        <ProfileText path="tradingName" label={t('company.fields.tradingName')} description={t('company.fields.tradingNameHint')} maxLength={200} />
        <ProfileText path="phone" label={t('company.fields.phone')} type="tel" maxLength={40} />
        <ProfileText path="email" label={t('company.fields.email')} type="email" maxLength={200} />
        <ProfileText path="website" label={t('company.fields.website')} maxLength={200} />
      </SimpleGrid>
    </ProfileSection>
  );
}

export function BankSection() {
  const { t } = useTranslation();
  return (
    <ProfileSection id="bank" title={t('company.profile.bank')} hint={t('company.profile.bankHint')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <ProfileText path="bank.bankName" label={t('company.fields.bankName')} maxLength={120} />
        <ProfileText path="bank.accountHolder" label={t('company.fields.accountHolder')} maxLength={200} />
        <ProfileText path="bank.iban" label={t('company.fields.iban')} maxLength={40} mono />
        <ProfileText path="bank.swift" label={t('company.fields.swift')} maxLength={11} mono />
        <ProfileText path="bank.accountNumber" label={t('company.fields.accountNumber')} description={t('company.fields.accountNumberHint')} maxLength={40} />
        <ProfileTextarea path="bank.bankAddress" label={t('company.fields.bankAddress')} maxLength={300} />
      </SimpleGrid>
    </ProfileSection>
  );
}

export function DefaultsSection() {
  const { t, i18n } = useTranslation();
  return (
    <ProfileSection id="defaults" title={t('company.profile.defaults')} hint={t('company.profile.defaultsHint')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <ProfileSelect
          path="defaultIncoterm"
          label={t('company.fields.defaultIncoterm')}
          data={incotermOptions(t)}
          clearable
          searchable
          placeholder={t('company.profile.noDefault')}
        />
        <ProfileText path="defaultPlace" label={t('company.fields.defaultPlace')} placeholder={t('company.fields.defaultPlaceHint')} maxLength={100} />
        <ProfileSelect
          path="defaultCurrency"
          label={t('company.fields.defaultCurrency')}
          data={currencyOptions(i18n.language)}
          clearable
          searchable
          placeholder={t('company.profile.noDefault')}
        />
      </SimpleGrid>
      <ProfileTextarea path="paymentTerms" label={t('company.fields.paymentTerms')} description={t('company.fields.paymentTermsHint')} maxLength={500} />
    </ProfileSection>
  );
}
