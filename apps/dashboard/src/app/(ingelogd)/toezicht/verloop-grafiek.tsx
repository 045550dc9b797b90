'use client';

import type { OverzichtWeek } from '@deelwijs/contract';
import { useEffect, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { REEKSEN, weekLabel } from './overzicht';

/**
 * Each series has its own pattern as well as its own colour, so the bars can be told apart
 * without colour (and in black and white print).
 */
const PATRONEN: Record<
  (typeof REEKSEN)[number]['sleutel'],
  { kleur: string; patroon: 'vol' | 'streep' | 'ruit' | 'stip' }
> = {
  metToestemming: { kleur: '#1d4ed8', patroon: 'vol' },
  zonderToestemming: { kleur: '#b45309', patroon: 'streep' },
  doorbrekingen: { kleur: '#7e22ce', patroon: 'ruit' },
  informerenAfgerond: { kleur: '#047857', patroon: 'stip' },
};

function Patroon({ id, kleur, patroon }: { id: string; kleur: string; patroon: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill={patroon === 'vol' ? kleur : '#ffffff'} />
      {patroon === 'streep' && <path d="M0,6 L6,0" stroke={kleur} strokeWidth="2" />}
      {patroon === 'ruit' && <path d="M0,0 L6,6 M6,0 L0,6" stroke={kleur} strokeWidth="1.5" />}
      {patroon === 'stip' && <circle cx="3" cy="3" r="1.6" fill={kleur} />}
    </pattern>
  );
}

/**
 * The 12-week trend as a bar chart. Drawn in the browser only: the dashboard's CSP allows no
 * inline style attributes in the server's HTML, and the chart measures its container anyway.
 * The same figures are in the table right below it, so the chart is one image to assistive tech.
 */
export function VerloopGrafiek({
  perWeek,
  beschrijving,
}: {
  perWeek: readonly OverzichtWeek[];
  beschrijving: string;
}) {
  const [getekend, setGetekend] = useState(false);
  useEffect(() => setGetekend(true), []);
  const data = perWeek.map((w, i) => ({ ...w, label: weekLabel(w.week, perWeek[i - 1]?.week) }));
  return (
    <div role="img" aria-label={beschrijving} className="h-72 w-full" data-testid="verloop-grafiek">
      {getekend && (
        // Recharts labels its own svgs as images; inside this one image they would only be noise.
        <div aria-hidden="true" className="h-full w-full">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
              data={data}
              accessibilityLayer={false}
              margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
            >
              <defs>
                {REEKSEN.map((r) => (
                  <Patroon key={r.sleutel} id={`patroon-${r.sleutel}`} {...PATRONEN[r.sleutel]} />
                ))}
              </defs>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="label"
                tick={{ fontSize: 12 }}
                interval={0}
                angle={-30}
                textAnchor="end"
                height={50}
              />
              <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
              <Tooltip />
              <Legend />
              {REEKSEN.map((r) => (
                <Bar
                  key={r.sleutel}
                  dataKey={r.sleutel}
                  name={r.label}
                  fill={`url(#patroon-${r.sleutel})`}
                  stroke={PATRONEN[r.sleutel].kleur}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
}
