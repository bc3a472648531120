// Prints a development bearer token: `npm run token -- helpdesk [more roles] [--sub id] [--name text] [--ttl 8h]`.
// The secret is JWT_SECRET from the environment, else from .env, else from .env.example.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mintDevelopmentToken } from './development-token';
import { isRole, ROLES, type Role } from './roles';

function secretFromFiles(): string | undefined {
  const root = join(__dirname, '..', '..', '..', '..');
  for (const file of ['.env', '.env.example']) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const line = readFileSync(path, 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('JWT_SECRET='));
    const value = line?.slice('JWT_SECRET='.length).trim();
    if (value) return value;
  }
  return undefined;
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
  const secret = process.env['JWT_SECRET'] || secretFromFiles();
  if (!secret) {
    throw new Error('JWT_SECRET is not set and no .env or .env.example provides it');
  }
  const token = await mintDevelopmentToken({
    roles,
    secret,
    subject: options.get('sub'),
    name: options.get('name'),
    expiresIn: options.get('ttl'),
    issuer: process.env['JWT_ISSUER'] || undefined,
    audience: process.env['JWT_AUDIENCE'] || undefined,
  });
  process.stdout.write(`${token}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
