// The screens of the returns area, registered with the app's routes (app/routes.tsx).
import type { RouteObject } from 'react-router';

export const returnsRoutes: RouteObject[] = [];
