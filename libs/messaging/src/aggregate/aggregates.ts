import type { EventContract } from '@okr/contracts';
import type { ContractMap, DomainEvent, DomainEventOf } from './domain-event';

/** One kind of aggregate: where its streams live, what it is called in the commits, and its not-found error. */
export interface AggregateType {
  /** Stored with every commit (`aggregateType`) and what `list` reads by, e.g. 'subsidy-round'. */
  readonly name: string;
  /**
   * The streams' prefix, e.g. 'round': an aggregate's stream is `round:<id>` (id parts joined by ':'), or the
   * prefix alone for the one aggregate of a type that has one (a catalogue).
   */
  readonly stream: string;
  /**
   * The domain error `require` throws when the aggregate does not exist; `id` is the stream after the prefix.
   * Left out for a type nobody requires (a plain Error then).
   */
  readonly notFound?: (id: string) => Error;
  /** State fields `list` narrows by: fields that never change, such as a BRIN or a round id. */
  readonly listedBy?: readonly string[];
  /**
   * Keep the latest state of every aggregate of this type in each process's memory, indexed by `listedBy`,
   * so that `list` reads no commits (docs/adr/0013): for types a desk lists and searches.
   */
  readonly kept?: boolean;
}

/** A service's store as configuration: its aggregate types and the contracts its domain events go out under. */
export interface AggregatesConfig<M extends ContractMap = ContractMap, T extends string = string> {
  /** The contract of each domain event type, e.g. ENROLMENT_EVENTS. */
  readonly events: M;
  /** The envelope subject (the Kafka key) of an event, as its contract names it: usually the school's BRIN. */
  readonly subjectOf: (event: DomainEventOf<M>) => string;
  /** Every aggregate type by the name the service's code uses for it. */
  readonly types: Readonly<Record<T, AggregateType>>;
}

/**
 * A checked configuration, with what the store needs to find a stream's type and an event's contract. Its
 * methods take the service's names untyped-at-runtime values, so one store serves any configuration.
 */
export interface Aggregates<T extends string = string> {
  /** Every aggregate type by the name the service's code uses for it. */
  readonly types: Readonly<Record<T, AggregateType>>;
  /** The stream of an aggregate of `type` with these id parts (none for a type with one aggregate). */
  streamOf(type: T, ...id: readonly string[]): string;
  /** The type a stream belongs to and the id after its prefix; throws for a stream of no configured type. */
  typeOf(stream: string): { type: AggregateType; id: string };
  /** The fields `list` may narrow aggregates of this type name by; throws for a name of no configured type. */
  listedBy(name: string): readonly string[];
  /** The contract and subject an event goes out under; throws for a type the contract map does not have. */
  publicationOf(event: DomainEvent): { contract: EventContract; subject: string };
}

/**
 * Checks a service's store configuration once, at load: stream prefixes unique and free of ':', each event
 * type mapped to a contract of that type. A new service writes only this and its domain.
 */
export function defineAggregates<M extends ContractMap, T extends string>(
  config: AggregatesConfig<M, T>,
): Aggregates<T> {
  const types: readonly AggregateType[] = Object.values<AggregateType>(config.types);
  const byPrefix = new Map<string, AggregateType>();
  const byName = new Map(types.map((type) => [type.name, type]));
  for (const type of types) {
    if (type.stream === '' || type.stream.includes(':')) {
      throw new Error(
        `aggregate type ${type.name}: stream prefix "${type.stream}" must be non-empty without ':'`,
      );
    }
    if (byPrefix.has(type.stream))
      throw new Error(`two aggregate types use the stream prefix ${type.stream}`);
    byPrefix.set(type.stream, type);
  }
  const contracts = new Map<string, EventContract>(Object.entries(config.events));
  for (const [type, contract] of contracts) {
    if (contract.type !== type)
      throw new Error(`domain event ${type} is mapped to the contract of ${contract.type}`);
  }
  const isDomainEvent = (event: DomainEvent): event is DomainEventOf<M> => contracts.has(event.type);
  return {
    types: config.types,
    streamOf: (type, ...id) => [config.types[type].stream, ...id].join(':'),
    typeOf: (stream) => {
      const separator = stream.indexOf(':');
      const prefix = separator < 0 ? stream : stream.slice(0, separator);
      const type = byPrefix.get(prefix);
      if (!type) throw new Error(`stream ${stream} belongs to no aggregate type of this service`);
      return { type, id: separator < 0 ? '' : stream.slice(separator + 1) };
    },
    listedBy: (name) => {
      const type = byName.get(name);
      if (!type) throw new Error(`no aggregate type is named ${name}`);
      return type.listedBy ?? [];
    },
    publicationOf: (event) => {
      const contract = contracts.get(event.type);
      if (!contract || !isDomainEvent(event))
        throw new Error(`no contract for the domain event ${event.type}`);
      return { contract, subject: config.subjectOf(event) };
    },
  };
}
