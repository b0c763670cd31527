// The screens of the filing area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';
import { FilingsPage } from './FilingsPage';

export const filingRoutes: RouteObject[] = [{ path: 'filings', element: <FilingsPage /> }];
