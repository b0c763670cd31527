// The UI text of each language: the shared messages plus one file per step of the flow, so each
// area keeps its words beside the others without everyone editing one big file.
import enBase from './en.json';
import enCatalogue from './en/catalogue.json';
import enCompany from './en/company.json';
import enCustoms from './en/customs.json';
import enCustomsDocs from './en/customsDocs.json';
import enCustomsErrors from './en/customsErrors.json';
import enCustomsProblems from './en/customsProblems.json';
import enPapers from '../../../shared/documents/words/papers.en.json';
import enDocuments from '../../../shared/documents/words/en.json';
import enInventory from './en/inventory.json';
import enPacking from './en/packing.json';
import enPeople from './en/people.json';
import enPicking from './en/picking.json';
import enShipping from './en/shipping.json';
import enFiling from './en/filing.json';
import enTransport from './en/transport.json';
import enClearance from './en/clearance.json';
import enDelivery from './en/delivery.json';
import enFlow from './en/flow.json';
import enReturns from './en/returns.json';
import esBase from './es.json';
import esCatalogue from './es/catalogue.json';
import esCompany from './es/company.json';
import esCustoms from './es/customs.json';
import esCustomsDocs from './es/customsDocs.json';
import esCustomsErrors from './es/customsErrors.json';
import esCustomsProblems from './es/customsProblems.json';
import esPapers from '../../../shared/documents/words/papers.es.json';
import esDocuments from '../../../shared/documents/words/es.json';
import esInventory from './es/inventory.json';
import esPacking from './es/packing.json';
import esPeople from './es/people.json';
import esPicking from './es/picking.json';
import esShipping from './es/shipping.json';
import esFiling from './es/filing.json';
import esTransport from './es/transport.json';
import esClearance from './es/clearance.json';
import esDelivery from './es/delivery.json';
import esFlow from './es/flow.json';
import esReturns from './es/returns.json';

type Tree = { [key: string]: string | Tree };

/** Area files add top-level keys of their own; a clash would silently drop words, so it throws. */
function merge(...parts: object[]): Tree {
  const out: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`The translation key "${key}" is defined twice.`);
      out[key] = value as Tree;
    }
  }
  return out;
}

export const en = merge(
  enBase,
  enCatalogue,
  enInventory,
  enPicking,
  enPacking,
  enDocuments,
  enShipping,
  enPeople,
  enCompany,
  enCustoms,
  enCustomsDocs,
  enCustomsErrors,
  enCustomsProblems,
  enPapers,
  enFiling,
  enTransport,
  enClearance,
  enDelivery,
  enReturns,
  enFlow,
);
export const es = merge(
  esBase,
  esCatalogue,
  esInventory,
  esPicking,
  esPacking,
  esDocuments,
  esShipping,
  esPeople,
  esCompany,
  esCustoms,
  esCustomsDocs,
  esCustomsErrors,
  esCustomsProblems,
  esPapers,
  esFiling,
  esTransport,
  esClearance,
  esDelivery,
  esReturns,
  esFlow,
);
