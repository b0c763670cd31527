// The screens of the delivery area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { DeliveryPage } from './DeliveryPage';

export const deliveryRoutes: RouteObject[] = [{ path: 'delivery', element: <DeliveryPage /> }];
