import type { NextConfig } from 'next';

/** On every response, pages and the API proxy alike; the CSP itself comes from src/middleware.ts. */
const beveiliging = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // Browsers only heed it over HTTPS, so a plain-http local run is not affected.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The dashboard is a separate process from the API; it reaches it at API_URL at run time.
  eslint: { ignoreDuringBuilds: true }, // Biome lints the whole tree
  headers: async () => [{ source: '/:pad*', headers: beveiliging }],
  // A page's title is resolved before its content, for every browser: streamed after it (Next's
  // default for browsers), a page is on screen for a moment without a title, and a screen reader
  // announces none (WCAG 2.4.2). The title reads what the page reads anyway (one cached request).
  htmlLimitedBots: /./,
};

export default config;
