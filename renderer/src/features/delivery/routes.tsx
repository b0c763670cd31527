// The screens of the delivery area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { PlaceholderPage } from '../placeholder/PlaceholderPage';

export const deliveryRoutes: RouteObject[] = [{ path: 'delivery', element: <PlaceholderPage step="delivery" /> }];
