// The screens of the transport area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';

export const transportRoutes: RouteObject[] = [{ path: 'transport', element: <PlaceholderPage step="transport" /> }];
