// The screens of the transport area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { TransportPage } from './TransportPage';
import { TransportSetupPage } from './setup/TransportSetupPage';

export const transportRoutes: RouteObject[] = [
  { path: 'transport', element: <TransportPage /> },
  { path: 'transport/setup', element: <TransportSetupPage /> },
];
