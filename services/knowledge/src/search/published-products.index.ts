import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AggregateStore, defaultRedisKeyPrefix, messagingRedisKeys } from '@okr/messaging';
import { RedisConnection, SERVICE_CONFIG, SERVICE_NAME } from '@okr/service-kit';
import type Redis from 'ioredis';
import type { KnowledgeConfig } from '../config/knowledge.config';
import type { ProductState } from '../domain/product.entity';
import { AGGREGATE_TYPES, KNOWLEDGE_AGGREGATES } from '../infrastructure/knowledge.aggregates';
import { ProductSearch } from './product-search';

const PRODUCT_STREAM = `${KNOWLEDGE_AGGREGATES.types.product.stream}:`;

/**
 * Keeps this replica's search index equal to the store (ADR 0008). It loads every published product at start;
 * then every commit of any replica is announced on the service's outbox channel in Redis (`<origin>
 * <stream>#<version>`, the announcement the kernel already makes for its relay), and a commit of a product
 * makes this replica load that product again. A full reload every SEARCH_REBUILD_INTERVAL_MS, and after a
 * lost Redis connection, covers announcements that were missed.
 */
@Injectable()
export class PublishedProductsIndex implements OnApplicationBootstrap, OnModuleDestroy {
  readonly search = new ProductSearch();
  private readonly logger = new Logger(PublishedProductsIndex.name);
  private subscriber: Redis | undefined;
  private timer: NodeJS.Timeout | undefined;
  private rebuilding: Promise<void> | undefined;
  private ready = false;
  /** Products announced while a rebuild ran: loaded again after it, so none is left at an older version. */
  private readonly announcedDuringRebuild = new Set<string>();
  /** The stored version of each product the index reflects: a slower, older load never overwrites a newer one. */
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly store: AggregateStore,
    private readonly redis: RedisConnection,
    @Inject(SERVICE_CONFIG) private readonly config: KnowledgeConfig,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const prefix = this.config.REDIS_KEY_PREFIX ?? defaultRedisKeyPrefix(this.service);
    const channel = messagingRedisKeys(prefix).outboxChannel;
    this.subscriber = this.redis.client.duplicate();
    this.subscriber.on('error', () => undefined);
    // After a reconnect, announcements may have been missed: load everything again.
    this.subscriber.on('ready', () => {
      if (this.ready) void this.rebuild();
    });
    this.subscriber.on('message', (_channel: string, message: string) => this.announced(message));
    await this.subscriber.subscribe(channel);
    await this.rebuild();
    this.ready = true;
    this.timer = setInterval(() => void this.rebuild(), this.config.SEARCH_REBUILD_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.subscriber?.disconnect();
  }

  /** Loads one product again and puts it in, or takes it out, as it now stands. */
  async refresh(productId: string): Promise<void> {
    const stored = await this.store.load<ProductState>(KNOWLEDGE_AGGREGATES.streamOf('product', productId));
    if (stored === undefined || stored.version < (this.versions.get(productId) ?? 0)) return;
    this.versions.set(productId, stored.version);
    this.search.put(stored.state);
  }

  /** Loads every product and replaces the index's content; one rebuild at a time. */
  rebuild(): Promise<void> {
    this.rebuilding ??= (async () => {
      try {
        const started = Date.now();
        const products = await this.store.list<ProductState>(AGGREGATE_TYPES.product);
        this.versions.clear();
        for (const stored of products) this.versions.set(stored.state.productId, stored.version);
        this.search.replaceAll(products.map((stored) => stored.state));
        const again = [...this.announcedDuringRebuild];
        this.announcedDuringRebuild.clear();
        await Promise.all(again.map((productId) => this.refresh(productId)));
        this.logger.log(`search index: ${this.search.size} published products in ${Date.now() - started} ms`);
      } catch (error) {
        this.logger.warn(
          `search index rebuild failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        this.rebuilding = undefined;
      }
    })();
    return this.rebuilding;
  }

  private announced(message: string): void {
    const commit = message.slice(message.indexOf(' ') + 1);
    const stream = commit.slice(0, commit.lastIndexOf('#'));
    if (!stream.startsWith(PRODUCT_STREAM)) return;
    const productId = stream.slice(PRODUCT_STREAM.length);
    if (this.rebuilding !== undefined) this.announcedDuringRebuild.add(productId);
    this.refresh(productId).catch((error: unknown) =>
      this.logger.warn(`search index: product ${productId} not refreshed: ${String(error)}`),
    );
  }
}
