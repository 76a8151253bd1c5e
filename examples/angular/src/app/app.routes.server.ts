import { RenderMode, ServerRoute } from '@angular/ssr';

// Rendered per request: the server reads CONNECT_URL when it runs, not when it is built.
export const serverRoutes: ServerRoute[] = [{ path: '**', renderMode: RenderMode.Server }];
