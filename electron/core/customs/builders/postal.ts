// The UPU postal declaration prefilled from the orders: CN 22 or CN 23 as the destination rules
// decide for this consignment's value and weight, the goods in customs words with 6-digit HS codes.
import { choosePostalForm } from '../../../../shared/domain/customs/postalForm';
import { canonical, dec, isDecimalString } from '../../../../shared/domain/money';
import { type Builder, clip, companyParty, consigneeParty, documentDate, firstSignatory, goodsLines } from './common';
import { orderFacts } from '../sources';

export const buildPostal: Builder<'postal'> = (sources, _lang, stamp) => {
  const { company } = sources;
  const facts = orderFacts(sources);
  const addressee = consigneeParty(sources);
  // CN forms refuse vague words ("gift", "goods"): the customs description is the one to give.
  const items = goodsLines(sources).map((g) => ({
    description: clip(g.description, 300),
    quantity: g.quantity,
    netKg: g.netKg,
    value: g.value,
    hsCode: g.hsCode.slice(0, 6),
    originCountry: g.originCountry,
    sku: g.sku,
  }));
  const goodsValue = canonical(items.reduce((acc, i) => (isDecimalString(i.value) ? acc.plus(dec(i.value)) : acc), dec('0')));
  const { form } = choosePostalForm(sources.rules, {
    country: facts.country,
    method: facts.method,
    currency: facts.currency,
    goodsValue,
    grossKg: facts.parcels.grossKg,
  });
  return {
    form,
    sender: companyParty(company),
    // The CN 23's "importer's reference" is the tax code the destination asks of the addressee.
    addressee: { ...addressee, reference: addressee.taxId },
    category: 'sale',
    categoryExplanation: '',
    items,
    currency: facts.currency,
    grossKg: facts.parcels.grossKg,
    postage: '0',
    licenceNumbers: '',
    certificateNumbers: '',
    invoiceNumber: sources.finalNumbers.invoice,
    comments: '',
    place: company.defaultPlace,
    date: documentDate(stamp),
    signatory: firstSignatory(company).name,
  };
};
