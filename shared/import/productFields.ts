// The columns a product import understands, and the header names (English and Spanish) shops
// and ERPs use for them. Compared after normaliseHeader: lower case, letters and digits only.
import { guessColumns } from './fields';

export const PRODUCT_FIELDS = [
  'sku',
  'name',
  'brand',
  'model',
  'description',
  'hsCode',
  'originCountry',
  'unit',
  'netWeightKg',
  'grossWeightKg',
  'unitValue',
  'currency',
  'gtin',
  'dangerousGoods',
  'battery',
  'restricted',
  'restrictedNote',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];
export type ProductColumnMapping = Partial<Record<ProductField, string>>;

/** Without these columns no product can be built; the mapping step asks for them. */
export const PRODUCT_REQUIRED_FIELDS: readonly ProductField[] = [
  'sku',
  'name',
  'brand',
  'model',
  'description',
  'hsCode',
  'originCountry',
  'netWeightKg',
  'grossWeightKg',
  'unitValue',
  'currency',
];

const ALIASES: Record<ProductField, string[]> = {
  sku: ['sku', 'itemsku', 'variantsku', 'articlenumber', 'referencia', 'codigo', 'codigoarticulo'],
  name: ['name', 'productname', 'title', 'itemname', 'nombre', 'nombreproducto', 'titulo'],
  brand: ['brand', 'vendor', 'manufacturer', 'marca', 'fabricante'],
  model: ['model', 'modelnumber', 'mpn', 'modelo'],
  description: ['description', 'customsdescription', 'goodsdescription', 'descripcion', 'descripcionaduanera'],
  hsCode: ['hscode', 'hs', 'tariffcode', 'harmonizedcode', 'harmonizedsystemcode', 'codigoarancelario', 'partidaarancelaria', 'codigohs'],
  originCountry: ['origincountry', 'countryoforigin', 'origin', 'paisorigen', 'paisdeorigen', 'origen'],
  unit: ['unit', 'uom', 'unitofmeasure', 'unidad', 'unidadmedida'],
  netWeightKg: ['netweightkg', 'netweight', 'weightkg', 'weight', 'pesoneto', 'pesonetokg', 'peso'],
  grossWeightKg: ['grossweightkg', 'grossweight', 'shippingweight', 'pesobruto', 'pesobrutokg'],
  unitValue: ['unitvalue', 'value', 'price', 'unitprice', 'cost', 'valorunitario', 'valor', 'precio', 'preciounitario'],
  currency: ['currency', 'currencycode', 'moneda', 'divisa'],
  gtin: ['gtin', 'ean', 'ean13', 'upc', 'barcode', 'codigobarras', 'codigodebarras'],
  dangerousGoods: ['dangerousgoods', 'dangerous', 'hazmat', 'dg', 'mercanciaspeligrosas', 'peligroso', 'mercanciapeligrosa'],
  battery: ['battery', 'batteries', 'lithiumbattery', 'batterytype', 'bateria', 'baterias', 'bateriadelitio'],
  restricted: ['restricted', 'restrictedgoods', 'restringido', 'restringida'],
  restrictedNote: ['restrictednote', 'restriction', 'restrictionnote', 'notarestriccion', 'restriccion'],
};

export function guessProductMapping(headers: string[]): ProductColumnMapping {
  return guessColumns(PRODUCT_FIELDS, ALIASES, headers);
}
