/** What a run measured: requests per kind with their latencies, every non-2xx, every wrong answer. */
export class Meting {
  private readonly duren = new Map<string, number[]>();
  private readonly fouten = new Map<string, number>();
  readonly voorbeelden: string[] = [];
  readonly verkeerd: string[] = [];
  private readonly start = performance.now();
  verzoeken = 0;

  verzoek(soort: string, ms: number, status: number, fout?: string): void {
    this.verzoeken += 1;
    const lijst = this.duren.get(soort) ?? [];
    lijst.push(ms);
    this.duren.set(soort, lijst);
    if (status < 200 || status >= 300) {
      const sleutel = `${soort} → ${status || fout?.split(':')[0] || 'geen antwoord'}`;
      this.fouten.set(sleutel, (this.fouten.get(sleutel) ?? 0) + 1);
      if (this.voorbeelden.length < 20) this.voorbeelden.push(`${sleutel}${fout ? ` (${fout})` : ''}`);
    }
  }

  /** Leaves one kind of request out of the figures (e.g. logging in before the clock starts). */
  vergeet(soort: string): void {
    this.verzoeken -= this.duren.get(soort)?.length ?? 0;
    this.duren.delete(soort);
  }

  /** An answer about something other than what was asked for: the worst failure this product can have. */
  verkeerdAntwoord(wat: string): void {
    this.verkeerd.push(wat);
  }

  get aantalFouten(): number {
    return [...this.fouten.values()].reduce((a, b) => a + b, 0);
  }

  samenvatting() {
    const perSoort = Object.fromEntries(
      [...this.duren.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([soort, ms]) => {
          const s = [...ms].sort((a, b) => a - b);
          const p = (q: number) => Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]!);
          return [soort, { aantal: s.length, p50ms: p(0.5), p95ms: p(0.95), p99ms: p(0.99), maxMs: p(1) }];
        }),
    );
    const seconden = (performance.now() - this.start) / 1000;
    return {
      seconden: Math.round(seconden),
      verzoeken: this.verzoeken,
      verzoekenPerSeconde: Math.round((this.verzoeken / seconden) * 10) / 10,
      fouten: this.aantalFouten,
      foutenPerSoort: Object.fromEntries(this.fouten),
      verkeerdeAntwoorden: this.verkeerd.length,
      voorbeeldenVerkeerd: this.verkeerd.slice(0, 10),
      voorbeeldenFouten: this.voorbeelden,
      perSoort,
    };
  }
}
