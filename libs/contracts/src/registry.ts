import type { EventContract } from './event-contract';

/** Looks up event contracts by (type, version); a consumer uses it to tell known events from unknown ones. */
export class EventRegistry {
  private readonly byType = new Map<string, Map<number, EventContract>>();
  private readonly sorted: readonly EventContract[];

  /** Throws when two contracts share a (type, version): consumers could not tell which one applies. */
  constructor(contracts: readonly EventContract[]) {
    for (const contract of contracts) {
      const versions = this.byType.get(contract.type) ?? new Map<number, EventContract>();
      if (versions.has(contract.version)) {
        throw new Error(`Duplicate event contract: ${contract.type} v${contract.version}`);
      }
      versions.set(contract.version, contract);
      this.byType.set(contract.type, versions);
    }
    this.sorted = Object.freeze(
      [...contracts].sort(
        (a, b) => compareText(a.topic, b.topic) || compareText(a.type, b.type) || a.version - b.version,
      ),
    );
  }

  /** The contract of exactly this (type, version), if known. */
  find(type: string, version: number): EventContract | undefined {
    return this.byType.get(type)?.get(version);
  }

  /** Whether any version of `type` is known (to tell an unknown type from an unknown version). */
  knowsType(type: string): boolean {
    return this.byType.has(type);
  }

  /** The contract of the highest known version of `type`, if any: what a new producer publishes. */
  latest(type: string): EventContract | undefined {
    const versions = this.versionsOf(type);
    const highest = versions[versions.length - 1];
    return highest === undefined ? undefined : this.find(type, highest);
  }

  /** The known versions of `type`, ascending; empty when the type is unknown. */
  versionsOf(type: string): number[] {
    return [...(this.byType.get(type)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /** Every contract, sorted by topic, type and version. */
  all(): readonly EventContract[] {
    return this.sorted;
  }

  /** The distinct topics of the contracts, sorted. */
  topics(): string[] {
    return [...new Set(this.sorted.map((contract) => contract.topic))];
  }
}

// Ordinal comparison, so the order (and the generated AsyncAPI document) does not depend on the locale.
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
