import { index, route, type RouteConfig } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('elsewhere', 'routes/elsewhere.tsx'),
  route('api/connect-token', 'routes/api.connect-token.ts'),
] satisfies RouteConfig;
