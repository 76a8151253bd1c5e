// The production server (`npm start`): Qwik City's Node middleware on node:http, on PORT.
import { createQwikCity } from '@builder.io/qwik-city/middleware/node';
import qwikCityPlan from '@qwik-city-plan';
import { createServer } from 'node:http';
import render from './entry.ssr';

const { router, notFound, staticFile } = createQwikCity({ render, qwikCityPlan, static: { cacheControl: 'public, max-age=31536000, immutable' } });

createServer((request, response) => staticFile(request, response, () => router(request, response, () => notFound(request, response, () => {})))).listen(
  Number(process.env.PORT ?? 3000),
  () => console.log(`Listening on http://localhost:${process.env.PORT ?? 3000}/`),
);
