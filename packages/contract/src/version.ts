/**
 * The API's full version (semver), sent as the API-Version header on every response and as
 * info.version in the document; the base path carries only the major version (/api/v1).
 * Changes per version: CHANGELOG.md beside this package.
 */
export const API_VERSION = '1.10.0';
export const API_BASE_PATH = '/api/v1';
