import { catalogue } from '@okr/contracts';
import { configKeys } from '@okr/service-kit';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
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
    '`npm start` gives each service its own PORT; a pod has one service, PORT is in its ConfigMap',
  KNOWLEDGE_PORT: 'as ENROLMENT_PORT',
  LABS_PORT: 'as ENROLMENT_PORT',
  EXPERT_SCHOOLS_PORT: 'as ENROLMENT_PORT',
  MONITORING_PORT: 'as ENROLMENT_PORT',
  OKR_LOCAL_DIR: 'deploy/local only',
  OKR_POSTGRES_PORT: 'deploy/local only (the PostgreSQL behind the local FerretDB)',
};

function exampleKeys(): string[] {
  const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
  return example.split('\n').flatMap((line) => /^([A-Z0-9_]+)=/.exec(line)?.[1] ?? []);
}

/** Every key a service reads in a cluster: its config class, and the telemetry preload's OTEL_ keys (ADR 0009). */
function serviceKeys(): Record<string, string[]> {
  const telemetryKeys = exampleKeys().filter((key) => key.startsWith('OTEL_'));
  return Object.fromEntries(
    Object.entries(SERVICE_CONFIGS).map(([service, config]) => [
      service,
      [...configKeys(config), ...telemetryKeys],
    ]),
  );
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
    JSON.stringify({ topics: [...catalogue.topics(), ...extraTopics], services: serviceKeys() }),
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
    // Both environments and each service's own overlay in each: 2 + 2 × 5.
    expect(outcome.stdout).toMatch(/ in 12 overlays against 4 CRDs/);
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
});
