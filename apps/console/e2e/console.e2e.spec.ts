// The console end to end, in real headless Chromium (Debian's, via playwright-core), against the real enrolment and
// monitoring services started here as child processes in a test namespace of their own (topics test.<hex>.…,
// databases test_…, Redis keys test:…), so `npm start` never sees this data, and the console's own server in front.
import {
  deleteTestTopics,
  eventually,
  startService,
  testDatabase,
  testRedisPrefix,
  testTopicPrefix,
  type StartedService,
} from '@okr/messaging/testing';
import { testEnv } from '@okr/service-kit/testing';
import type { AxeResults } from 'axe-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConsoleConfig } from '../server/console.config';
import { createConsoleServer } from '../server/console-server';

declare global {
  interface Window {
    axe: { run: (context?: unknown, options?: unknown) => Promise<AxeResults> };
  }
}

const REPO_ROOT = join(__dirname, '..', '..', '..');
const REPORTS = join(REPO_ROOT, 'reports');
const TRAJECTORY_KPI = 'improvement-culture.schools-in-trajectory';
// Without the background-networking flags Chromium keeps calling home, which a closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

jest.setTimeout(300_000);

const DAY_MS = 86_400_000;

/** A moment as a datetime-local input takes it (YYYY-MM-DDTHH:MM, local time, as the browser on this machine). */
function localMinute(epochMs: number): string {
  const moment = new Date(epochMs);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}T${two(
    moment.getHours(),
  )}:${two(moment.getMinutes())}`;
}

/** A BRIN no other run uses: two digits and two capital letters. */
function freshBrin(): string {
  const letter = (): string => String.fromCharCode(65 + Math.floor(Math.random() * 26));
  return `${10 + Math.floor(Math.random() * 90)}${letter()}${letter()}`;
}

/** Debian's chromium, installed by the project's script when missing. */
function chromiumPath(): string {
  return execFileSync('bash', [join(REPO_ROOT, 'scripts', 'ensure-chromium.sh')], {
    encoding: 'utf8',
  }).trim();
}

/** The production bundle, built into a folder of this run. */
function buildConsole(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
  execFileSync(
    process.execPath,
    [join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: join(REPO_ROOT, 'apps', 'console'),
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  return outDir;
}

describe('the console in Chromium', () => {
  const topicPrefix = testTopicPrefix();
  const brin = freshBrin();
  let enrolment: StartedService | undefined;
  let monitoring: StartedService | undefined;
  let server: Server | undefined;
  let context: BrowserContext | undefined;
  let bundle: string | undefined;
  let profile: string | undefined;
  let consoleUrl = '';
  let roundId = '';
  let applicationUrl = '';
  let inquiryUrl = '';
  let participationUrl = '';

  beforeAll(async () => {
    mkdirSync(REPORTS, { recursive: true });
    const executablePath = chromiumPath();
    bundle = buildConsole();
    const enrolmentPrefix = testRedisPrefix('console-enrolment');
    const monitoringPrefix = testRedisPrefix('console-monitoring');
    [enrolment, monitoring] = await Promise.all([
      startService('services/enrolment/src/main.ts', {
        env: testEnv({
          KAFKA_TOPIC_PREFIX: topicPrefix,
          MONGODB_DATABASE: testDatabase('console_enrolment'),
          REDIS_KEY_PREFIX: enrolmentPrefix,
          IDEMPOTENCY_KEY_PREFIX: `${enrolmentPrefix}:idempotency`,
        }),
        timeoutMs: 120_000,
      }),
      startService('services/monitoring/src/main.ts', {
        env: testEnv({
          KAFKA_TOPIC_PREFIX: topicPrefix,
          MONGODB_DATABASE: testDatabase('console_monitoring'),
          REDIS_KEY_PREFIX: monitoringPrefix,
          IDEMPOTENCY_KEY_PREFIX: `${monitoringPrefix}:idempotency`,
          MONITORING_REDIS_PREFIX: monitoringPrefix,
          // Only this run's topics.
          MONITORING_TOPIC_PATTERN: `^${topicPrefix.replace(/[.]/g, '\\.')}okr\\.[a-z][a-z0-9-]*\\.v[0-9]+$`,
          MONITORING_TOPIC_SCAN_MS: '1000',
          MONITORING_VIEW_FLUSH_MS: '50',
          MONITORING_CHECKPOINT_INTERVAL_MS: '300',
          MONITORING_LAG_INTERVAL_MS: '200',
          MONITORING_LEASE_MS: '3000',
        }),
        timeoutMs: 120_000,
      }),
    ]);
    const config = loadConsoleConfig({
      // The services' test secret, so the development sign-in issues tokens they accept.
      JWT_SECRET: testEnv()['JWT_SECRET'],
      CONSOLE_ENROLMENT_URL: enrolment.baseUrl,
      CONSOLE_MONITORING_URL: monitoring.baseUrl,
    });
    server = createConsoleServer(config, bundle);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    consoleUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    profile = mkdtempSync(join(tmpdir(), 'console-chromium-'));
    // A fresh profile; the page's CSP allows only its own scripts, so axe-core is injected past it.
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
      locale: 'nl-NL',
    });
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    await Promise.all([enrolment?.stop(), monitoring?.stop()]);
    await deleteTestTopics(topicPrefix);
    for (const dir of [bundle, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  /** A new tab signed in through the development sign-in page with these roles (their Dutch labels). */
  async function signedIn(roleLabels: string[], name: string): Promise<Page> {
    if (!context) throw new Error('Chromium did not start');
    // Each tab keeps its own session (sessionStorage), so one browser holds several users side by side.
    const page = await context.newPage();
    await page.goto(`${consoleUrl}/aanmelden`);
    await page.getByLabel('Uw naam (optioneel)').fill(name);
    for (const label of roleLabels) await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.getByRole('heading', { name: 'Welkom' }).waitFor();
    return page;
  }

  async function fillSchool(page: Page, schoolBrin: string): Promise<void> {
    await page.getByLabel('BRIN', { exact: true }).fill(schoolBrin);
    await page.getByLabel('Naam', { exact: true }).fill(`Basisschool De Linde ${schoolBrin}`);
    await page.getByLabel('Bestuursnummer').fill('41234');
    await page.getByLabel('Gemeente').fill('Zwolle');
    await page.getByLabel('Provincie').fill('Overijssel');
    await page.getByLabel('Aantal leerlingen').fill('120');
    await page.getByLabel('Bijzondere doelgroepen').check();
  }

  async function kpiValue(page: Page): Promise<number> {
    const text = await page.getByTestId(`kpi-value-${TRAJECTORY_KPI}`).textContent();
    return Number(text ?? Number.NaN);
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(REPORTS, `console-${name}.png`), fullPage: true });
  }

  it('takes a school from a first question to a grant and its completion, and counts it live on the dashboard', async () => {
    const dashboard = await signedIn(['Monitoring (KPI-dashboard)'], 'Mo');
    await dashboard.goto(`${consoleUrl}/dashboard`);
    await dashboard.getByTestId('live-state').filter({ hasText: 'live' }).waitFor();
    await dashboard.getByTestId(`kpi-value-${TRAJECTORY_KPI}`).waitFor();
    const before = await kpiValue(dashboard);
    expect(before).toBe(0);

    // An administrator opens the round the school will apply in.
    const admin = await signedIn(['Beheerder'], 'Bea');
    await admin.goto(`${consoleUrl}/loket/rondes`);
    await admin.getByLabel('Schooljaar').fill('2025-2026');
    await admin.getByLabel('Open vanaf').fill(localMinute(Date.now() - DAY_MS));
    await admin.getByLabel('Open tot').fill(localMinute(Date.now() + 30 * DAY_MS));
    await admin.getByLabel('Budget in euro').fill('1.000.000');
    await admin.getByLabel('Hoogste aantal toekenningen').fill('50');
    await admin.getByRole('button', { name: 'Ronde openen' }).click();
    await admin.getByRole('heading', { name: 'Subsidieronde 2025-2026' }).waitFor();
    roundId = new URL(admin.url()).pathname.split('/').pop() ?? '';

    const desk = await signedIn(['Loket (helpdesk)', 'Pijlerteam deelname (intakes)'], 'Anna');
    await desk.goto(`${consoleUrl}/loket/scholen/nieuw`);
    await fillSchool(desk, brin);
    await desk.getByRole('button', { name: 'Registreren' }).click();
    await desk.getByRole('heading', { name: `Basisschool De Linde ${brin} (${brin})` }).waitFor();

    await desk.getByRole('link', { name: 'Vraag vastleggen' }).click();
    await desk.getByLabel('Vraag', { exact: true }).fill('Kunnen wij meedoen met Groeikracht?');
    await desk.getByRole('button', { name: 'Vraag vastleggen' }).click();
    await desk.getByRole('heading', { name: `Vraag van ${brin}` }).waitFor();
    inquiryUrl = desk.url();

    await desk.getByLabel('Verslag').fill('Het team wil werken aan begrijpend lezen.');
    await desk.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await desk.getByTestId('inquiry-status').filter({ hasText: 'Verkennend gesprek gevoerd' }).waitFor();
    await desk.getByLabel('Groeikracht', { exact: true }).check();
    await desk.getByRole('button', { name: 'Doorverwijzen' }).click();
    await desk.getByText('Doorverwezen op').waitFor();

    await desk.goto(`${consoleUrl}/loket/scholen/${brin}`);
    await desk.getByRole('link', { name: 'Intake vastleggen' }).click();
    await desk.getByLabel('Activiteit').selectOption('groeikracht');
    await desk.getByLabel('Uitkomst').selectOption('fit');
    await desk.getByLabel('Verslag').fill('Past goed bij Groeikracht.');
    await desk.getByRole('button', { name: 'Intake vastleggen' }).click();
    await desk.getByRole('cell', { name: 'Past', exact: true }).waitFor();

    await desk.getByRole('link', { name: 'Aanvraag indienen' }).click();
    await desk.getByLabel('Subsidieronde').selectOption(roundId);
    await desk.getByLabel('Gevraagd bedrag in euro').fill('10.000');
    await desk.getByLabel('Motivatie').fill('Wij willen een onderzoekende cultuur opbouwen.');
    await desk.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await desk.getByTestId('application-status').filter({ hasText: 'Ingediend' }).waitFor();
    applicationUrl = desk.url();

    const officer = await signedIn(['Subsidiebeoordelaar'], 'Sam');
    await officer.goto(applicationUrl);
    await officer.getByRole('button', { name: 'Toekennen' }).click();
    await officer.getByTestId('application-status').filter({ hasText: 'Toegekend' }).waitFor();

    await desk.goto(`${consoleUrl}/loket/scholen/${brin}`);
    await desk.getByTestId('timeline').getByText('Ingeschreven').waitFor();
    await desk.getByRole('cell', { name: 'Toegekend', exact: true }).waitFor();

    // The dashboard tab was never reloaded: the new value comes over the live stream.
    await eventually(async () => ((await kpiValue(dashboard)) === before + 1 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 250,
      what: `${TRAJECTORY_KPI} to rise to ${before + 1} on the open dashboard`,
    });
    await screenshot(dashboard, 'dashboard');
    await screenshot(officer, 'application');

    // The school takes part: the help desk records its start and its completion.
    await desk
      .getByRole('table', { name: 'Deelnames aan activiteiten' })
      .getByRole('link', { name: 'Openen' })
      .click();
    await desk.getByRole('button', { name: 'Start vastleggen' }).click();
    await desk.getByRole('button', { name: 'Afronding vastleggen' }).click();
    await desk.getByRole('heading', { name: 'Borging beoordelen' }).waitFor();
    participationUrl = desk.url();
    await desk.goto(`${consoleUrl}/loket/scholen/${brin}`);
    await desk.getByTestId('timeline').getByText('Deelname afgerond').waitFor();
    await screenshot(desk, 'school');
  });

  it('builds a bundle that holds no secret', () => {
    const files = readdirSync(bundle ?? '', { recursive: true, encoding: 'utf8' });
    const text = files
      .map((file) => join(bundle ?? '', file))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    expect(text).toContain('Aanmelden');
    for (const secret of [testEnv()['JWT_SECRET'] ?? '', 'development-only-secret-change-me']) {
      expect(text).not.toContain(secret);
    }
  });

  it("shows a bad value's message next to its field, with the correlation id", async () => {
    const desk = await signedIn(['Loket (helpdesk)'], 'Anna');
    await desk.goto(`${consoleUrl}/loket/scholen/nieuw`);
    await fillSchool(desk, '1');
    await desk.getByRole('button', { name: 'Registreren' }).click();
    const field = desk.getByLabel('BRIN', { exact: true });
    await desk.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await desk.locator('input[aria-invalid="true"]').count()).toBe(1);
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const messages = await Promise.all(
      describedBy.split(' ').map((id) => desk.locator(`[id="${id}"]`).textContent()),
    );
    expect(messages.join(' ')).toMatch(/two digits and two capital letters/);
    expect(await desk.getByRole('alert').textContent()).toMatch(/Kenmerk voor de beheerder: \S+/);
    await screenshot(desk, 'form-error');
  });

  it('shows no grant button to a user without the subsidy-officer role', async () => {
    expect(applicationUrl).not.toBe('');
    const desk = await signedIn(['Loket (helpdesk)'], 'Anna');
    await desk.goto(`${consoleUrl}/loket/rondes/${roundId}`);
    await desk.getByRole('heading', { name: 'Subsidieronde 2025-2026' }).waitFor();
    const application = await signedIn(['Loket (helpdesk)', 'Monitoring (KPI-dashboard)'], 'Anna');
    await application.goto(applicationUrl);
    await application.getByTestId('application-status').waitFor();
    expect(await application.getByRole('button', { name: 'Toekennen' }).count()).toBe(0);
  });

  it('downloads the quarterly report as CSV', async () => {
    const reader = await signedIn(['Monitoring (KPI-dashboard)'], 'Mo');
    await reader.goto(`${consoleUrl}/dashboard/kwartaalrapportage`);
    await reader.getByText('Scholen die deelnemen aan een verbetercultuur-traject').first().waitFor();
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: 'Download als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ontwikkelkracht-kpis-\d{4}-Q[1-4]\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Scholen die deelnemen aan een verbetercultuur-traject');
  });

  it('has no serious or critical accessibility violation on any page (axe-core)', async () => {
    const axeSource = require.resolve('axe-core/axe.min.js');
    expect(existsSync(axeSource)).toBe(true);
    const everyone = await signedIn(
      [
        'Loket (helpdesk)',
        'Subsidiebeoordelaar',
        'Monitoring (KPI-dashboard)',
        'Pijlerteam deelname (intakes)',
        'Beheerder',
      ],
      'Alex',
    );
    // Each page with the text that shows its data has loaded (a caption or entry, not a heading shown at once).
    const pages: [name: string, path: string, ready: string | RegExp][] = [
      ['work-queue', '/loket', 'Vragen die nog niet gesloten zijn, oudste eerst'],
      ['schools', '/loket/scholen', /^Alle scholen \(\d+\)$/],
      ['school', `/loket/scholen/${brin}`, 'Deelname afgerond'],
      ['inquiry', new URL(inquiryUrl).pathname, 'Gesprekken'],
      ['new-inquiry', '/loket/vragen/nieuw', 'Nieuwe vraag'],
      ['new-intake', `/loket/intakes/nieuw?brin=${brin}`, 'Intake vastleggen'],
      ['new-application', `/loket/aanvragen/nieuw?brin=${brin}`, 'Subsidieronde'],
      ['register-school', '/loket/scholen/nieuw', 'School registreren'],
      ['application', new URL(applicationUrl).pathname, 'Ronde'],
      ['participation', new URL(participationUrl).pathname, 'Borging beoordelen'],
      ['rounds', '/loket/rondes', 'Hoogste bedrag per activiteit, in euro'],
      ['round', `/loket/rondes/${roundId}`, 'Wachtrij in volgorde van binnenkomst'],
      ['kpis', '/dashboard', "Alle KPI's met doel en voortgang (bruto en netto)"],
      ['kpi', `/dashboard/kpi/${TRAJECTORY_KPI}`, 'Verloop per maand'],
      ['funnel', '/dashboard/trechter', 'Trechter per stap'],
      ['equal-access', '/dashboard/gelijke-kansen', 'Deelnemers naast alle geregistreerde scholen'],
      ['quarterly-report', '/dashboard/kwartaalrapportage', /^KPI's van \d{4}-\d{2}-\d{2} tot en met/],
    ];
    const found: Record<string, string[]> = {};
    const check = async (page: Page, name: string, ready: string | RegExp): Promise<void> => {
      await page.getByText(ready, { exact: true }).first().waitFor();
      await page.addScriptTag({ path: axeSource });
      const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ['violations'] });
        return results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map(
            (violation) =>
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
      });
      if (violations.length > 0) found[name] = violations;
    };

    const signInPage = await context?.newPage();
    if (!signInPage) throw new Error('Chromium did not start');
    await signInPage.goto(`${consoleUrl}/aanmelden`);
    await check(signInPage, 'sign-in', 'Rollen');
    await screenshot(signInPage, 'sign-in');
    for (const [name, path, ready] of pages) {
      await everyone.goto(`${consoleUrl}${path}`);
      await check(everyone, name, ready);
      if (
        ['work-queue', 'schools', 'kpi', 'funnel', 'equal-access', 'quarterly-report', 'round'].includes(name)
      ) {
        await screenshot(everyone, name);
      }
    }
    expect(found).toEqual({});
  });
});
