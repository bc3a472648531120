// Prints a development bearer token: `npm run token -- helpdesk [more roles] [--sub id] [--name text] [--ttl 1h]`.
// It lives one hour unless --ttl says otherwise, and never longer than JWT_MAX_LIFETIME_SECONDS, which services
// enforce. Settings come from the environment, else from .env, else from .env.example.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_DEVELOPMENT_TOKEN_LIFETIME_SECONDS,
  lifetimeInSeconds,
  mintDevelopmentToken,
} from './development-token';
import { isRole, ROLES, type Role } from './roles';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './token-verifier';

function settingFromFiles(key: string): string | undefined {
  const root = join(__dirname, '..', '..', '..', '..');
  for (const file of ['.env', '.env.example']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith(`${key}=`));
    const value = line?.slice(key.length + 1).trim();
    if (value) return value;
  }
  return undefined;
}

function setting(key: string): string | undefined {
  return process.env[key] || settingFromFiles(key);
}

function lifetimeOf(ttl: string | undefined): number {
  const configured = setting('JWT_MAX_LIFETIME_SECONDS');
  const maximum = configured === undefined ? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS : Number(configured);
  if (!Number.isInteger(maximum) || maximum <= 0) {
    throw new Error(`JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds, not "${configured}"`);
  }
  if (ttl === undefined) {
    return Math.min(DEFAULT_DEVELOPMENT_TOKEN_LIFETIME_SECONDS, maximum);
  }
  const lifetime = lifetimeInSeconds(ttl);
  if (lifetime === undefined || lifetime <= 0) {
    throw new Error(`--ttl "${ttl}" is not a lifetime such as 90s, 30m, 8h or 1d`);
  }
  if (lifetime > maximum) {
    throw new Error(
      `--ttl ${ttl} is ${lifetime} seconds, longer than JWT_MAX_LIFETIME_SECONDS (${maximum}); services would refuse it`,
    );
  }
  return lifetime;
}

async function main(args: string[]): Promise<void> {
  const options = new Map<string, string>();
  const roles: Role[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg.startsWith('--')) {
      options.set(arg.slice(2), args[index + 1] ?? '');
      index += 1;
    } else if (isRole(arg)) {
      roles.push(arg);
    } else {
      throw new Error(`unknown role "${arg}"; known roles: ${ROLES.join(', ')}`);
    }
  }
  if (roles.length === 0) {
    throw new Error(`name at least one role: ${ROLES.join(', ')}`);
  }
  const secret = setting('JWT_SECRET');
  if (!secret) {
    throw new Error('JWT_SECRET is not set and no .env or .env.example provides it');
  }
  const token = await mintDevelopmentToken({
    roles,
    secret,
    subject: options.get('sub'),
    name: options.get('name'),
    lifetimeSeconds: lifetimeOf(options.get('ttl')),
    issuer: process.env['JWT_ISSUER'] || undefined,
    audience: process.env['JWT_AUDIENCE'] || undefined,
  });
  process.stdout.write(`${token}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
