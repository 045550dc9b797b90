import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The dashboard is a separate process from the API; it reaches it at API_URL at run time.
  eslint: { ignoreDuringBuilds: true }, // Biome lints the whole tree
};

export default config;
