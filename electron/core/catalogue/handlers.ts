// The catalogue area's command handlers; inputs arrive validated against the contract.
import type { CatalogueCommand } from '../../../shared/api/names/catalogue';
import { searchHs } from '../../../shared/domain/hs';
import type { AreaHandlers } from '../api/handlerTypes';
import { stampOf } from '../api/stamp';
import { cancelProductImport, commitProductImport, previewProductImport } from './importService';
import { listProducts } from './productRepository';
import { createProduct, getProductDetail, updateProduct } from './productService';

export const catalogueHandlers: AreaHandlers<CatalogueCommand> = {
  'products.list': (input, ctx) => listProducts(ctx.db, input),
  'products.get': (input, ctx) => getProductDetail(ctx.db, input.id),
  'products.create': async (input, ctx) => createProduct(ctx.db, input.product, await stampOf(ctx)),
  'products.update': async (input, ctx) => updateProduct(ctx.db, input.id, input.product, await stampOf(ctx)),
  'products.hsSearch': async (input) => searchHs(input.query, input.limit),
  'products.importPreview': (input, ctx) => previewProductImport(ctx.db, input, ctx.emit),
  'products.importCommit': async (input, ctx) => commitProductImport(ctx.db, input, ctx.emit, await stampOf(ctx)),
  'products.importCancel': async (input) => cancelProductImport(input.jobId),
};
