import mongoose from 'mongoose';

const { mongo } = mongoose;

/**
 * The MongoDB driver's errors for "the server is away or does not answer": no server could be selected, the
 * connection broke or timed out (MongoPoolClearedError is a MongoNetworkError), or the client is closed.
 */
const MONGODB_UNAVAILABLE = [
  mongo.MongoServerSelectionError,
  mongo.MongoNetworkError,
  mongo.MongoNotConnectedError,
  mongo.MongoTopologyClosedError,
  mongoose.Error.MongooseServerSelectionError,
] as const;

/**
 * The dependency an error says is away (so the request may succeed unchanged later), or undefined when the error
 * is about the request or a bug. A query that mongoose held back while disconnected and then gave up on counts too.
 */
export function unavailableDependencyOf(error: unknown): string | undefined {
  if (MONGODB_UNAVAILABLE.some((kind) => error instanceof kind)) return 'mongodb';
  if (error instanceof mongoose.Error && /buffering timed out/.test(error.message)) return 'mongodb';
  return undefined;
}
