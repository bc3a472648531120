import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestContextStore {
  correlationId: string;
  /** The eventId of the consumed event being handled; events it causes carry it as causationId. */
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/** The correlation (and causation) ids of the HTTP request or consumed event being handled, if any. */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  correlationId(): string | undefined {
    return storage.getStore()?.correlationId;
  },
  causationId(): string | undefined {
    return storage.getStore()?.causationId;
  },
};
