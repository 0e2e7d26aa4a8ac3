/**
 * What the published site must stay within on its hosts and for its readers, at any size: the
 * host limits (Cloudflare Pages: 25 MiB per file, 20,000 files on the free plan, 100,000 on paid
 * plans; GitHub Pages: 1 GB per site) with room, and the byte budgets of what readers and their
 * tools fetch. Checked on the real build (tests/dist/budgets.test.ts), on 1,000 generated articles
 * (tests/scale/) and on 10,000 (`npm run bench:scale`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KiB = 1024;
const MiB = 1024 * KiB;

export interface SiteLimits {
  fileBytes: number;
  siteBytes: number;
  files: number;
  pageGzip: number;
  fileGzip: number;
}

export const HOST_LIMITS: Readonly<SiteLimits> = {
  /** Cloudflare Pages refuses a larger file. */
  fileBytes: 25 * MiB,
  /** The whole site: GitHub Pages takes 1 GB; this leaves room. */
  siteBytes: 600 * MiB,
  /** Files in the site: Cloudflare Pages' paid plans take 100,000; this leaves room. */
  files: 60_000,
  /** Every HTML page, gzipped: a phone's first load. */
  pageGzip: 32 * KiB,
  /** Every other file (feeds, llms.txt and its files, sitemaps, data, twins, search index), gzipped. */
  fileGzip: 512 * KiB,
};

export interface SiteFile {
  /** Site path: `/en/index.html`. */
  path: string;
  bytes: number;
  /** Gzip size (level 6, as hosts compress); only measured where the raw size could exceed the budget. */
  gzip?: number;
}

export interface SiteLimitsReport {
  files: number;
  bytes: number;
  largest: SiteFile;
  /** The largest gzipped HTML page and other file among those measured. */
  heaviestPage?: SiteFile;
  heaviestFile?: SiteFile;
  /** One line per limit exceeded, naming the file. */
  violations: string[];
}

const format = (bytes: number) =>
  bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / KiB).toFixed(1)} KiB`;

/** Every file of a built site checked against HOST_LIMITS (or other limits, to test the check). */
export function checkSiteLimits(dist: string, limits: Readonly<SiteLimits> = HOST_LIMITS): SiteLimitsReport {
  const files: SiteFile[] = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: `/${relative(dist, file).split('\\').join('/')}`, bytes: statSync(file).size };
    });
  const violations: string[] = [];
  let heaviestPage: SiteFile | undefined;
  let heaviestFile: SiteFile | undefined;
  for (const file of files) {
    if (file.bytes > limits.fileBytes)
      violations.push(`${file.path}: ${format(file.bytes)}, over the hosts' ${format(limits.fileBytes)} per file`);
    const page = file.path.endsWith('.html');
    const budget = page ? limits.pageGzip : limits.fileGzip;
    // Gzip adds a few bytes at most, even to incompressible data: a file this far under its budget
    // raw is under it gzipped (this saves gzipping most of a large site).
    if (file.bytes <= budget * 0.99) continue;
    file.gzip = gzipSync(readFileSync(join(dist, file.path))).length;
    if (page && file.gzip > (heaviestPage?.gzip ?? 0)) heaviestPage = file;
    if (!page && file.gzip > (heaviestFile?.gzip ?? 0)) heaviestFile = file;
    if (file.gzip > budget)
      violations.push(
        `${file.path}: ${format(file.gzip)} gzipped, over the budget of ${format(budget)} for ${page ? 'a page' : 'a file'}`,
      );
  }
  // Where nothing came near its budget, the largest of each kind is measured all the same.
  const largestOf = (page: boolean) =>
    files
      .filter((file) => file.path.endsWith('.html') === page)
      .reduce((max, file) => (file.bytes > max.bytes ? file : max));
  for (const page of [true, false]) {
    if ((page ? heaviestPage : heaviestFile) !== undefined) continue;
    const file = largestOf(page);
    file.gzip = gzipSync(readFileSync(join(dist, file.path))).length;
    if (page) heaviestPage = file;
    else heaviestFile = file;
  }
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (bytes > limits.siteBytes) violations.push(`the site: ${format(bytes)}, over ${format(limits.siteBytes)}`);
  if (files.length > limits.files) violations.push(`the site: ${files.length} files, over ${limits.files}`);
  const largest = files.reduce((max, file) => (file.bytes > max.bytes ? file : max), files[0]!);
  return { files: files.length, bytes, largest, heaviestPage, heaviestFile, violations };
}

/** One line for a report: files, size, largest file, heaviest page. */
export function describeSite(report: SiteLimitsReport): string {
  return [
    `${report.files} files, ${format(report.bytes)}`,
    `largest ${report.largest.path} ${format(report.largest.bytes)}`,
    report.heaviestPage && `heaviest page ${report.heaviestPage.path} ${format(report.heaviestPage.gzip!)} gzipped`,
    report.heaviestFile &&
      `heaviest other file ${report.heaviestFile.path} ${format(report.heaviestFile.gzip!)} gzipped`,
  ]
    .filter(Boolean)
    .join('; ');
}
