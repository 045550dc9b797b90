import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Deelwijs', template: '%s · Deelwijs' },
  description: 'Zorgvuldig afwegen en vastleggen of u gegevens van een cliënt mag delen.',
};

// Every page is rendered per request, so each gets the nonce of its own Content-Security-Policy
// (src/middleware.ts); a page built ahead of time would carry scripts without one.
export const dynamic = 'force-dynamic';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen">
        {/* The first thing a keyboard reaches: past the menu, straight to the page's own content. */}
        <a href="#inhoud" className="overslaan">
          Naar de inhoud
        </a>
        {children}
      </body>
    </html>
  );
}
