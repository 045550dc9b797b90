import 'server-only';

/** Where the dashboard's server reaches the API; read at run time, not at build time. */
export const apiUrl = () => process.env.API_URL ?? 'http://127.0.0.1:3001';
