import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/**
 * Limits anonymous reads per client (its address, as Express sees it behind the configured proxies), counted
 * in Redis so every replica counts the same client together. Keys carry the service's REDIS_KEY_PREFIX (see
 * the storage in knowledge.module.ts), so tests and deployments sharing one Redis never meet.
 */
@Injectable()
export class PublicReadThrottlerGuard extends ThrottlerGuard {}
