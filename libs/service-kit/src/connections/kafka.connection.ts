import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type Admin, Kafka, logLevel } from 'kafkajs';

/** The service's Kafka client, and an admin connection used to answer readiness quickly. */
@Injectable()
export class KafkaConnection implements OnApplicationShutdown {
  readonly kafka: Kafka;
  private admin: Admin | undefined;

  constructor(brokers: string, clientId: string) {
    this.kafka = new Kafka({
      clientId,
      brokers: brokers.split(','),
      connectionTimeout: 3_000,
      logLevel: logLevel.NOTHING,
    });
  }

  /** Resolves with the broker count when the cluster answers within `timeoutMs`, else rejects. */
  async ping(timeoutMs: number): Promise<number> {
    const admin = this.admin ?? this.createAdmin();
    const attempt = (async () => {
      await admin.connect();
      return (await admin.describeCluster()).brokers.length;
    })();
    try {
      return await withTimeout(attempt, timeoutMs, 'Kafka did not answer');
    } catch (error) {
      // Start from a clean client next time, so a half-open connection never sticks.
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
  }

  private createAdmin(): Admin {
    // No retries: readiness must answer now, not after kafkajs's default 30 s of back-off.
    const admin = this.kafka.admin({ retry: { retries: 0 } });
    this.admin = admin;
    return admin;
  }
}

/** Rejects with `message` when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
