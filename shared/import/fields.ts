// The columns an order import understands, and the header names shops use for them.
// Aliases are compared after lower-casing and dropping everything but letters and digits.

export const IMPORT_FIELDS = [
  'orderNumber',
  'channel',
  'orderDate',
  'consigneeName',
  'consigneeCompany',
  'address1',
  'address2',
  'city',
  'state',
  'postalCode',
  'country',
  'phone',
  'email',
  'taxId',
  'shippingLine',
  'currency',
  'incoterm',
  'orderTotal',
  'sku',
  'description',
  'brand',
  'model',
  'quantity',
  'unit',
  'unitPrice',
  'hsCode',
  'originCountry',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Without these columns no order can be built; the mapping step asks for them. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['orderNumber', 'consigneeName', 'country', 'currency', 'quantity', 'unitPrice'];

/** Fields that belong to the order, not the line: every row of one order must agree on them. */
export const ORDER_LEVEL_FIELDS: readonly ImportField[] = [
  'channel',
  'orderDate',
  'consigneeName',
  'consigneeCompany',
  'address1',
  'address2',
  'city',
  'state',
  'postalCode',
  'country',
  'phone',
  'email',
  'taxId',
  'shippingLine',
  'currency',
  'incoterm',
  'orderTotal',
];

const ALIASES: Record<ImportField, string[]> = {
  orderNumber: ['ordernumber', 'order', 'orderno', 'orderid', 'name', 'numeropedido', 'pedido', 'nropedido'],
  channel: ['channel', 'saleschannel', 'source', 'store', 'canal', 'tienda'],
  // In order of preference (see guessColumns): the day the order was placed, not the day it was paid.
  orderDate: ['orderdate', 'fechapedido', 'createdat', 'creationdate', 'fechacreacion', 'date', 'fecha', 'paidat', 'paymentdate', 'fechapago'],
  // WooCommerce writes the shipping name as "Shipping First Name Last Name" (or in two columns, which need mapping by hand).
  consigneeName: [
    'consigneename',
    'shippingname',
    'shippingfullname',
    'shippingfirstnamelastname',
    'recipient',
    'recipientname',
    'shiptoname',
    'destinatario',
    'nombre',
  ],
  consigneeCompany: ['consigneecompany', 'shippingcompany', 'company', 'empresa'],
  address1: ['address1', 'shippingaddress1', 'shippingstreet', 'street', 'direccion', 'direccion1'],
  address2: ['address2', 'shippingaddress2', 'direccion2'],
  city: ['city', 'shippingcity', 'ciudad'],
  state: ['state', 'province', 'shippingprovince', 'shippingprovincename', 'shippingstate', 'region', 'provincia', 'estado'],
  postalCode: ['postalcode', 'zip', 'zipcode', 'postcode', 'shippingzip', 'shippingpostcode', 'codigopostal', 'cp'],
  country: ['country', 'countrycode', 'shippingcountry', 'shippingcountrycode', 'pais'],
  phone: ['phone', 'telephone', 'shippingphone', 'telefono'],
  email: ['email', 'customeremail', 'shippingemail', 'billingemail', 'correo'],
  taxId: ['taxid', 'vatnumber', 'importerid', 'eori', 'cpf', 'rfc', 'nif', 'identificacionfiscal'],
  // The shop's own words for the service ("Colissimo International"); the method is derived from
  // them by the shipping rules. Not plain 'shipping': Shopify's "Shipping" column is the shipping
  // cost; nor Shopify's "Lineitem requires shipping" / "Lineitem fulfillment service" (a yes/no
  // and "manual"), which only look like shipping columns.
  shippingLine: [
    'shippingline',
    'shippinglinetitle',
    'shippingmethod',
    'shippingmethodtitle',
    'shippingmethodname',
    'shippingservice',
    'shippingoption',
    'deliverymethod',
    'lineadeenvio',
    'metodoenvio',
    'metododeenvio',
    'formaenvio',
    'formadeenvio',
    'servicioenvio',
  ],
  currency: ['currency', 'currencycode', 'moneda', 'divisa'],
  incoterm: ['incoterm', 'incoterms', 'deliveryterms'],
  // The goods' total only: a shop's grand "Total" also holds shipping and taxes, which the lines do not.
  orderTotal: ['ordertotal', 'subtotal', 'ordersubtotal', 'goodstotal', 'totalpedido', 'totalmercancia', 'subtotalpedido'],
  sku: ['sku', 'lineitemsku', 'itemsku', 'referencia'],
  description: ['description', 'lineitemname', 'itemname', 'productname', 'descripcion', 'producto'],
  brand: ['brand', 'vendor', 'lineitemvendor', 'marca'],
  model: ['model', 'modelo', 'variant', 'lineitemvariant'],
  quantity: ['quantity', 'qty', 'lineitemquantity', 'cantidad'],
  unit: ['unit', 'uom', 'unidad'],
  unitPrice: ['unitprice', 'price', 'lineitemprice', 'itemprice', 'itemcost', 'precio', 'preciounitario'],
  hsCode: ['hscode', 'hs', 'tariffcode', 'harmonizedcode', 'codigoarancelario', 'partidaarancelaria'],
  originCountry: ['origincountry', 'countryoforigin', 'origin', 'paisorigen', 'origen'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Guess which header feeds which field; each header is used at most once. */
export function guessMapping(headers: string[]): ColumnMapping {
  return guessColumns(IMPORT_FIELDS, ALIASES, headers);
}

/**
 * The same for any import's fields: each field (in `fields` order) gets the header that matches its
 * earliest alias, wherever that header stands in the file, so a field's aliases are a preference
 * ("Created at" before "Paid at" for the order date). The result is a fresh object keyed by field
 * names only, so a header named "__proto__" is just a string value.
 */
export function guessColumns<F extends string>(fields: readonly F[], aliases: Record<F, string[]>, headers: string[]): Partial<Record<F, string>> {
  const mapping: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  const normalised = headers.map(normaliseHeader);
  for (const field of fields) {
    let best: { rank: number; header: string } | undefined;
    headers.forEach((h, i) => {
      if (used.has(h)) return;
      const rank = aliases[field].indexOf(normalised[i]!);
      if (rank !== -1 && (!best || rank < best.rank)) best = { rank, header: h };
    });
    if (best) {
      mapping[field] = best.header;
      used.add(best.header);
    }
  }
  return mapping;
}
