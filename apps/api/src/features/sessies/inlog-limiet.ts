/**
 * Failed logins per account and per address within a window; in memory, which is enough for one API
 * instance. Several instances would share it through the database or a cache.
 */
export class InlogLimiet {
  private readonly mislukt = new Map<string, number[]>();

  constructor(
    /** Per key prefix: an account locks after a few failures, an address (an office behind NAT) after many. */
    private readonly maxPogingen: Record<string, number> = { email: 5, adres: 50 },
    private readonly vensterMs = 15 * 60_000,
  ) {}

  private max(sleutel: string): number {
    return this.maxPogingen[sleutel.split(':')[0]!] ?? 5;
  }

  /** Seconds until a new attempt is allowed, or 0. */
  wachttijd(sleutels: string[], nu: number): number {
    let wacht = 0;
    for (const sleutel of sleutels) {
      const recent = (this.mislukt.get(sleutel) ?? []).filter((t) => nu - t < this.vensterMs);
      this.mislukt.set(sleutel, recent);
      if (recent.length >= this.max(sleutel))
        wacht = Math.max(wacht, (recent[0]! + this.vensterMs - nu) / 1000);
    }
    return wacht;
  }

  registreerMislukt(sleutels: string[], nu: number): void {
    for (const sleutel of sleutels) this.mislukt.set(sleutel, [...(this.mislukt.get(sleutel) ?? []), nu]);
  }

  wis(sleutels: string[]): void {
    for (const sleutel of sleutels) this.mislukt.delete(sleutel);
  }
}
