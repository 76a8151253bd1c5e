export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  app: { head: { htmlAttrs: { lang: 'en' }, title: 'Connect your bank', link: [{ rel: 'icon', href: 'data:,' }] } },
  // <pluggy-connect> is a custom element, not a Vue component.
  vue: { compilerOptions: { isCustomElement: (tag) => tag === 'pluggy-connect' } },
  // The Connect emulator's URL in development and tests, from NUXT_PUBLIC_CONNECT_URL at runtime;
  // empty in production (the hosted Connect app).
  runtimeConfig: { public: { connectUrl: '' } },
});
