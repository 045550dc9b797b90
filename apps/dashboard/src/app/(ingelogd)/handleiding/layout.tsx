import Link from 'next/link';
import type { ReactNode } from 'react';

const ONDERDELEN = [
  { href: '/handleiding', label: 'Overzicht' },
  { href: '/handleiding/wat-mag-ik-delen', label: 'Wat mag ik delen met wie?' },
  { href: '/handleiding/afwegingen', label: 'Afwegingen' },
  { href: '/handleiding/grondslagen', label: 'Grondslagen' },
  { href: '/handleiding/beroepsgeheim', label: 'Beroepsgeheim' },
  { href: '/handleiding/vertegenwoordiging', label: 'Leeftijd en vertegenwoordiging' },
  { href: '/handleiding/vuistregels', label: 'Vuistregels' },
  { href: '/handleiding/begrippen', label: 'Begrippen' },
];

export default function HandleidingLayout({ children }: { children: ReactNode }) {
  return (
    <div className="grid gap-8 lg:grid-cols-[13rem_1fr]">
      <nav aria-label="Onderdelen van de handleiding" className="text-sm">
        <ul className="space-y-1 lg:sticky lg:top-4">
          {ONDERDELEN.map((o) => (
            <li key={o.href}>
              <Link href={o.href} className="block rounded px-2 py-1 hover:bg-merk-licht">
                {o.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
