// Hash routes: the app is loaded from a file-like origin (app:// or the harness root), where
// only the hash can change without asking the server for a page.
import { Navigate, createHashRouter } from 'react-router';
import { ProductFormPage } from '../features/catalogue/ProductFormPage';
import { ProductImportPage } from '../features/catalogue/ProductImportPage';
import { ProductsListPage } from '../features/catalogue/ProductsListPage';
import { DocumentEditorPage } from '../features/customs/editor/DocumentEditorPage';
import { CustomsDocumentsPage } from '../features/customs/list/CustomsDocumentsPage';
import { clearanceRoutes } from '../features/clearance/routes';
import { deliveryRoutes } from '../features/delivery/routes';
import { filingRoutes } from '../features/filing/routes';
import { flowRoutes } from '../features/flow/routes';
import { ImportWizard } from '../features/import/ImportWizard';
import { OrderFormPage } from '../features/orders/OrderFormPage';
import { OrderPage } from '../features/orders/OrderPage';
import { OrdersListPage } from '../features/orders/OrdersListPage';
import { PackingPage } from '../features/packing/PackingPage';
import { StationPage } from '../features/packing/StationPage';
import { PickPage } from '../features/picking/PickPage';
import { PickingPage } from '../features/picking/PickingPage';
import { PlaceholderPage } from '../features/placeholder/PlaceholderPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { LocationsPage } from '../features/stock/LocationsPage';
import { ProductStockPage } from '../features/stock/ProductStockPage';
import { returnsRoutes } from '../features/returns/routes';
import { ReceivePage } from '../features/stock/ReceivePage';
import { StockImportPage } from '../features/stock/StockImportPage';
import { StockListPage } from '../features/stock/StockListPage';
import { transportRoutes } from '../features/transport/routes';
import { RouteError } from './ErrorScreen';
import { PLACEHOLDER_STEPS } from './navigation';
import { Shell } from './Shell';

export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      // Home is the dashboard: where every order is, what is stuck, the next work.
      { index: true, element: <Navigate to="/home" replace /> },
      { path: 'orders', element: <OrdersListPage /> },
      { path: 'orders/new', element: <OrderFormPage /> },
      { path: 'orders/import', element: <ImportWizard /> },
      { path: 'orders/:id', element: <OrderPage /> },
      { path: 'orders/:id/edit', element: <OrderFormPage /> },
      { path: 'products', element: <ProductsListPage /> },
      { path: 'products/new', element: <ProductFormPage /> },
      { path: 'products/import', element: <ProductImportPage /> },
      { path: 'products/:id', element: <ProductFormPage /> },
      { path: 'stock', element: <StockListPage /> },
      { path: 'stock/receive', element: <ReceivePage /> },
      { path: 'stock/locations', element: <LocationsPage /> },
      { path: 'stock/import', element: <StockImportPage /> },
      { path: 'stock/:productId', element: <ProductStockPage /> },
      { path: 'picking', element: <PickingPage /> },
      { path: 'picking/:id', element: <PickPage /> },
      { path: 'packing', element: <PackingPage /> },
      { path: 'packing/:orderId', element: <StationPage /> },
      { path: 'declarations', element: <CustomsDocumentsPage /> },
      { path: 'customs/documents/:id', element: <DocumentEditorPage /> },
      { path: 'settings', element: <SettingsPage /> },
      ...filingRoutes,
      ...transportRoutes,
      ...clearanceRoutes,
      ...deliveryRoutes,
      ...returnsRoutes,
      ...flowRoutes,
      ...PLACEHOLDER_STEPS.map((step) => ({ path: step, element: <PlaceholderPage step={step} /> })),
      { path: '*', element: <Navigate to="/orders" replace /> },
    ],
  },
]);
