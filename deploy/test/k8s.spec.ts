import { catalogue } from '@okr/contracts';
import { configKeys } from '@okr/service-kit';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { loadConsoleConfig } from '../../apps/console/server/console.config';
import { EnrolmentConfig } from '../../services/enrolment/src/config/enrolment.config';
import { ExpertSchoolsConfig } from '../../services/expert-schools/src/config/expert-schools.config';
import { KnowledgeConfig } from '../../services/knowledge/src/config/knowledge.config';
import { LabsConfig } from '../../services/labs/src/config/labs.config';
import { MonitoringConfig } from '../../services/monitoring/src/config/monitoring.config';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..');
const k8sRoot = join(repoRoot, 'deploy', 'k8s');

/** The config class of each service, by the folder name its Deployment carries as app.kubernetes.io/name. */
const SERVICE_CONFIGS = {
  enrolment: EnrolmentConfig,
  knowledge: KnowledgeConfig,
  labs: LabsConfig,
  'expert-schools': ExpertSchoolsConfig,
  monitoring: MonitoringConfig,
} satisfies Record<string, new () => object>;

/** Keys of .env.example that no service reads in a cluster, and why. */
const LOCAL_ONLY_KEYS: Record<string, string> = {
  ENROLMENT_PORT:
    '`npm start` gives each service its own PORT; a pod has one service, PORT is in its ConfigMap; the console ' +
    'falls back to it only when CONSOLE_ENROLMENT_URL is empty, and its ConfigMap sets every CONSOLE_<SERVICE>_URL',
  KNOWLEDGE_PORT: 'as ENROLMENT_PORT',
  LABS_PORT: 'as ENROLMENT_PORT',
  EXPERT_SCHOOLS_PORT: 'as ENROLMENT_PORT',
  MONITORING_PORT: 'as ENROLMENT_PORT',
  OKR_LOCAL_DIR: 'deploy/local only',
  OKR_POSTGRES_PORT: 'deploy/local only (the PostgreSQL behind the local FerretDB)',
  CONSOLE_PORT: "`npm start` gives it to the console as PORT; the console's pod has PORT in its ConfigMap",
};

/**
 * Keys that must have no source in a cluster, by workload: with JWT_SECRET the console would offer the development
 * sign-in (ADR 0011), and the environments use the identity provider instead.
 */
const FORBIDDEN_KEYS: Record<string, string[]> = { console: ['JWT_SECRET'] };

function exampleKeys(): string[] {
  const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
  return example.split('\n').flatMap((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1] ?? []);
}

/**
 * The keys the console's server reads, taken from its config loader itself (it has no config class): the loader runs
 * on an environment that records every key asked for, configured as a cluster configures it (the identity provider,
 * no JWT_SECRET). Keys local to `npm start` and keys a cluster must not set are left out.
 */
function consoleKeys(): string[] {
  const read = new Set<string>();
  const cluster: NodeJS.ProcessEnv = { OIDC_ISSUER: 'https://login.example.org/', OIDC_CLIENT_ID: 'console' };
  loadConsoleConfig(
    new Proxy(cluster, {
      get: (target, key) => {
        if (typeof key === 'string') read.add(key);
        return Reflect.get(target, key) as unknown;
      },
    }),
  );
  const forbidden = FORBIDDEN_KEYS['console'] ?? [];
  return [...read].filter((key) => !(key in LOCAL_ONLY_KEYS) && !forbidden.includes(key));
}

/**
 * Every key a workload reads in a cluster: a service's config class and the telemetry preload's OTEL_ keys (ADR
 * 0009); the console's config loader.
 */
function serviceKeys(): Record<string, string[]> {
  const telemetryKeys = exampleKeys().filter((key) => key.startsWith('OTEL_'));
  return {
    ...Object.fromEntries(
      Object.entries(SERVICE_CONFIGS).map(([service, config]) => [
        service,
        [...configKeys(config), ...telemetryKeys],
      ]),
    ),
    console: consoleKeys(),
  };
}

interface Validator {
  crds: string;
  binary: string;
}

interface Outcome {
  code: number;
  stdout: string;
}

/** What the contracts and the config classes say the manifests must provide; the Go program checks it. */
function writeExpectations(dir: string, extraTopics: string[] = []): string {
  const path = join(dir, 'expectations.json');
  writeFileSync(
    path,
    JSON.stringify({
      topics: [...catalogue.topics(), ...extraTopics],
      services: serviceKeys(),
      forbidden: FORBIDDEN_KEYS,
    }),
  );
  return path;
}

async function validate(validator: Validator, root: string, expectations: string): Promise<Outcome> {
  try {
    const { stdout } = await run(validator.binary, [
      '-root',
      root,
      '-crds',
      validator.crds,
      '-expect',
      expectations,
    ]);
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number' || failed.stdout === undefined) throw error;
    return { code: failed.code, stdout: failed.stdout + (failed.stderr ?? '') };
  }
}

/** A copy of deploy/k8s (without the Go program) to plant mistakes in. */
function copyOfManifests(dir: string): string {
  const copy = join(dir, 'k8s');
  cpSync(k8sRoot, copy, {
    recursive: true,
    filter: (source) => !source.startsWith(join(k8sRoot, 'validate')),
  });
  return copy;
}

/** Adds JSON patches (RFC 6902) to an overlay of the copy, as a team editing its overlay would. */
function patchOverlay(root: string, overlay: string, kind: string, name: string, operations: object[]): void {
  const path = join(root, 'overlays', overlay, 'kustomization.yaml');
  const kustomization = parse(readFileSync(path, 'utf8')) as { patches?: object[] };
  kustomization.patches = [
    ...(kustomization.patches ?? []),
    { target: { kind, name }, patch: stringify(operations) },
  ];
  writeFileSync(path, stringify(kustomization));
}

describe('Kubernetes manifests (deploy/k8s), validated without a cluster', () => {
  let validator: Validator;
  let scratch: string;

  beforeAll(async () => {
    // Fetches the pinned CRDs and builds the Go program on a fresh machine (minutes); a second or two afterwards.
    const { stdout } = await run('bash', [join(repoRoot, 'scripts', 'ensure-k8s-validate.sh')], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    });
    const line = (name: string): string => {
      const found = stdout.split('\n').find((candidate) => candidate.startsWith(`${name}=`));
      if (!found) throw new Error(`ensure-k8s-validate.sh printed no ${name}= line:\n${stdout}`);
      return found.slice(name.length + 1);
    };
    validator = { crds: line('CRDS'), binary: line('VALIDATOR') };
    scratch = mkdtempSync(join(tmpdir(), 'okr-k8s-'));
  }, 20 * 60_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('renders every overlay, decodes every object strictly and finds no problem', async () => {
    const outcome = await validate(validator, k8sRoot, writeExpectations(scratch));

    expect(outcome).toEqual({ code: 0, stdout: expect.stringMatching(/: 0 problems\n$/) });
    // Both environments and each service's and the console's own overlay in each: 2 + 2 × 6.
    expect(outcome.stdout).toMatch(/ in 14 overlays against 4 CRDs/);
  });

  it('has a source in the cluster for every key of .env.example, or knows why the key is local only', () => {
    const read = new Set(Object.values(serviceKeys()).flat());

    expect(exampleKeys().filter((key) => !read.has(key) && !(key in LOCAL_ONLY_KEYS))).toEqual([]);
    expect(Object.keys(LOCAL_ONLY_KEYS).filter((key) => read.has(key))).toEqual([]);
  });

  it('fails on a misspelt field and a missing probe planted in an overlay, naming both', async () => {
    const root = copyOfManifests(join(scratch, 'planted-deployment'));
    patchOverlay(root, 'production/labs', 'Deployment', 'labs', [
      { op: 'remove', path: '/spec/template/spec/containers/0/readinessProbe' },
      { op: 'add', path: '/spec/template/spec/containers/0/imagePulPolicy', value: 'Always' },
    ]);

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(outcome.code).toBe(1);
    expect(outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/production/labs:'))).toEqual(
      [
        'overlays/production/labs: Deployment/labs: container "labs" has no readinessProbe',
        'overlays/production/labs: Deployment/labs: strict decoding error: unknown field ' +
          '"spec.template.spec.containers[0].imagePulPolicy"',
      ],
    );
  });

  it('fails on custom resources outside their CRDs: an unknown field, a value the schema refuses, a CEL rule', async () => {
    const root = copyOfManifests(join(scratch, 'planted-custom'));
    patchOverlay(root, 'production', 'MongoDBCommunity', 'okr-mongodb', [
      { op: 'replace', path: '/spec/type', value: 'Standalone' },
      { op: 'add', path: '/spec/memberz', value: 3 },
    ]);
    patchOverlay(root, 'production', 'Kafka', 'okr-kafka', [
      // Strimzi's CEL rule: a metrics configuration of this type must say where its configuration is.
      { op: 'add', path: '/spec/kafka/metricsConfig', value: { type: 'jmxPrometheusExporter' } },
    ]);

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(outcome.code).toBe(1);
    const problems = outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/production:'));
    expect(problems).toEqual([
      'overlays/production: Kafka/okr-kafka: spec.kafka.metricsConfig: Invalid value: valueFrom property is required',
      expect.stringMatching(
        /^overlays\/production: MongoDBCommunity\/okr-mongodb: spec\.type: Unsupported value: "Standalone"/,
      ),
      'overlays/production: MongoDBCommunity/okr-mongodb: unknown field "spec.memberz" ' +
        '(not in mongodbcommunity.mongodb.com_mongodbcommunity.yaml v1)',
    ]);
  });

  it("fails when an environment renders a service's object otherwise than the service's own overlay", async () => {
    const root = copyOfManifests(join(scratch, 'planted-environment'));
    // A change made for the whole environment that the pillar team's next apply of its own overlay would undo.
    patchOverlay(root, 'production', 'HorizontalPodAutoscaler', 'labs', [
      { op: 'replace', path: '/spec/maxReplicas', value: 8 },
    ]);

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/production/labs:'))).toEqual(
      [
        "overlays/production/labs: HorizontalPodAutoscaler/labs: differs from the one its environment's overlay renders",
      ],
    );
  });

  it("fails when an Ingress keeps the base's placeholder host or routes to a port its Service lacks", async () => {
    const root = copyOfManifests(join(scratch, 'planted-ingress'));
    const path = join(root, 'overlays', 'acceptance', 'knowledge', 'kustomization.yaml');
    const kustomization = parse(readFileSync(path, 'utf8')) as { patches?: object[] };
    delete kustomization.patches;
    writeFileSync(path, stringify(kustomization));
    patchOverlay(root, 'acceptance/knowledge', 'Ingress', 'knowledge', [
      { op: 'replace', path: '/spec/rules/0/http/paths/0/backend/service/port/name', value: 'web' },
    ]);

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(
      outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/acceptance/knowledge:')),
    ).toEqual([
      "overlays/acceptance/knowledge: Ingress/knowledge: host knowledge.okr.example is the base's placeholder; set " +
        "the environment's host in its overlay",
      'overlays/acceptance/knowledge: Ingress/knowledge: path / routes to Service knowledge port "web", which the ' +
        'overlay does not have',
    ]);
  });

  it('fails when a topic the contracts declare has no KafkaTopic, nor its .dlq twin', async () => {
    const outcome = await validate(validator, k8sRoot, writeExpectations(scratch, ['okr.new-pillar.v1']));

    expect(outcome.code).toBe(1);
    expect(outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/production:'))).toEqual([
      'overlays/production: topic okr.new-pillar.v1 (declared by the contracts) has no KafkaTopic',
      'overlays/production: topic okr.new-pillar.v1.dlq (declared by the contracts) has no KafkaTopic',
    ]);
  });

  it('fails when a service reads a key its ConfigMap and Secret references do not provide', async () => {
    const root = copyOfManifests(join(scratch, 'planted-config'));
    const env = join(root, 'base', 'enrolment', 'config.env');
    writeFileSync(env, readFileSync(env, 'utf8').replace(/^FIRST_RESPONSE_WORKING_DAYS=.*\n/m, ''));

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(
      outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/production/enrolment:')),
    ).toEqual([
      'overlays/production/enrolment: Deployment/enrolment: no source for configuration key ' +
        'FIRST_RESPONSE_WORKING_DAYS (neither its ConfigMap nor a Secret reference)',
    ]);
  });

  it("fails when a service's NetworkPolicy does not admit the console, or the console's does not let it out", async () => {
    const root = copyOfManifests(join(scratch, 'planted-console-policy'));
    const labs = join(root, 'base', 'labs', 'network-policy.yaml');
    const policy = parse(readFileSync(labs, 'utf8')) as { spec: { ingress: { from: object[] }[] } };
    policy.spec.ingress = policy.spec.ingress.filter(
      (rule) => !JSON.stringify(rule.from).includes('console'),
    );
    writeFileSync(labs, stringify(policy));
    patchOverlay(root, 'acceptance', 'NetworkPolicy', 'console', [{ op: 'remove', path: '/spec/egress/4' }]);

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(outcome.code).toBe(1);
    expect(outcome.stdout.split('\n').filter((line) => line.startsWith('overlays/'))).toEqual([
      "overlays/acceptance/console: NetworkPolicy/console: differs from the one its environment's overlay renders",
      "overlays/acceptance: Deployment/labs: no NetworkPolicy admits the console's pods to its HTTP port",
      "overlays/acceptance: Deployment/monitoring: the console's NetworkPolicy does not let it reach this " +
        "service's HTTP port",
      "overlays/production: Deployment/labs: no NetworkPolicy admits the console's pods to its HTTP port",
    ]);
  });

  it('fails when the console gets a JWT_SECRET in a cluster, or an environment leaves the console out', async () => {
    const root = copyOfManifests(join(scratch, 'planted-console'));
    const env = join(root, 'overlays', 'production', 'console', 'config.env');
    writeFileSync(env, `${readFileSync(env, 'utf8')}JWT_SECRET=left-over-development-secret-0123456789\n`);
    const acceptance = join(root, 'overlays', 'acceptance', 'kustomization.yaml');
    writeFileSync(acceptance, readFileSync(acceptance, 'utf8').replace(/^ {2}- console\n/m, ''));

    const outcome = await validate(validator, root, writeExpectations(scratch));

    expect(outcome.code).toBe(1);
    // (The console's own acceptance overlay then also reports each of its objects missing from the environment.)
    const problems = outcome.stdout
      .split('\n')
      .filter((line) => /^overlays\/(acceptance|production)[:/]/.test(line));
    expect(problems.filter((line) => !line.startsWith('overlays/acceptance/console:'))).toEqual([
      'overlays/acceptance: service console has no Deployment in this environment',
      'overlays/production/console: Deployment/console: configuration key JWT_SECRET must have no source in a cluster',
      'overlays/production: Deployment/console: configuration key JWT_SECRET must have no source in a cluster',
    ]);
  });
});
