import { createHash } from 'node:crypto';

/** Text for an HTML page of our own: every character that could open markup is escaped. */
export const html = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The CSP hash of a page's one inline stylesheet (see `cspMetStijl`). */
export const stijlHash = (stijl: string) => `sha256-${createHash('sha256').update(stijl).digest('base64')}`;
