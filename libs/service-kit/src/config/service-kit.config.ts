import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { Describe } from './describe.decorator';
import { IntFromText } from './int-from-text';

/**
 * The keys every service reads. A service's own config class extends this one and adds its keys;
 * every key is documented in `.env.example`.
 */
export class ServiceKitConfig {
  @Describe('HTTP port the service listens on')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(65535)
  @IsOptional()
  PORT?: number;

  @Describe('address the HTTP server binds to')
  @IsString()
  HOST = '0.0.0.0';

  @Describe('MongoDB connection string of the server, e.g. mongodb://127.0.0.1:27017')
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, {
    message: 'must be a mongodb:// or mongodb+srv:// connection string',
  })
  MONGODB_URI!: string;

  @Describe('database name; defaults to okr_<service>')
  @IsString()
  @IsOptional()
  MONGODB_DATABASE?: string;

  @Describe('comma-separated Kafka bootstrap brokers, e.g. 127.0.0.1:9092')
  @Matches(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, { message: 'must be host:port[,host:port...]' })
  KAFKA_BROKERS!: string;

  @Describe('Redis connection URL, e.g. redis://127.0.0.1:6379')
  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @Describe(
    'milliseconds a Redis command may take before it fails (the request then answers 503); bounds every wait on Redis',
  )
  @IntFromText()
  @IsInt()
  @Min(50)
  @Max(10_000)
  REDIS_COMMAND_TIMEOUT_MS = 500;

  @Describe('HS256 secret for bearer tokens (development); at least 32 characters; set this or JWT_JWKS_URL')
  @ValidateIf(
    (config: ServiceKitConfig) => config.JWT_JWKS_URL === undefined || config.JWT_SECRET !== undefined,
  )
  @IsString({ message: 'set JWT_SECRET (development) or JWT_JWKS_URL (production)' })
  @MinLength(32)
  JWT_SECRET?: string;

  @Describe('JWKS URL of the identity provider for RS256 bearer tokens (production)')
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] })
  @IsOptional()
  JWT_JWKS_URL?: string;

  @Describe('expected "iss" claim of bearer tokens; unchecked when empty')
  @IsString()
  @IsOptional()
  JWT_ISSUER?: string;

  @Describe('expected "aud" claim of bearer tokens; unchecked when empty')
  @IsString()
  @IsOptional()
  JWT_AUDIENCE?: string;

  @Describe(
    'longest lifetime (exp - iat) of a bearer token in seconds; a longer-lived token is refused, so a leaked one is soon useless',
  )
  @IntFromText()
  @IsInt()
  @Min(60)
  @Max(604_800)
  JWT_MAX_LIFETIME_SECONDS = 43_200;

  @Describe("seconds the token issuer's clock may differ from this service's when checking exp, nbf and iat")
  @IntFromText()
  @IsInt()
  @Min(0)
  @Max(300)
  JWT_CLOCK_TOLERANCE_SECONDS = 30;

  @Describe('log level: fatal, error, warn, info, debug, trace or silent')
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Describe('milliseconds a SIGTERM may take to finish in-flight work before the process exits anyway')
  @IntFromText()
  @IsInt()
  @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10_000;

  @Describe('seconds a POST answer is kept under its Idempotency-Key, so a retry returns it again')
  @IntFromText()
  @IsInt()
  @Min(60)
  IDEMPOTENCY_TTL_SECONDS = 86_400;

  @Describe(
    'prefix of the Redis keys that keep Idempotency-Key answers; defaults to okr:<service>:idempotency',
  )
  @IsString()
  @MinLength(1)
  @IsOptional()
  IDEMPOTENCY_KEY_PREFIX?: string;
}
