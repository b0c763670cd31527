// The screens of the returns area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { ReturnsPage } from './ReturnsPage';

export const returnsRoutes: RouteObject[] = [{ path: 'returns', element: <ReturnsPage /> }];
