/**
 * The content version in force. A process pins the version it started under, so older versions
 * must stay loadable: never edit a published version's data, add a new one.
 */
export const CONTENT_VERSIE = '2025.2.0';
