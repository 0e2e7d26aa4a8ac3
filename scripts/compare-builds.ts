// `npm run compare:builds [-- --base <commit>]`: builds the site at <commit> (default HEAD) and as
// it is in the working tree, and compares the two dist/ folders file by file. They must be
// identical apart from hashed asset names, the search index and security.txt's expiry date
// (scripts/lib/dist-diff.ts). The guard for build optimisations: exits 1 and lists every difference.
import { withBaseAndHeadBuilds } from './lib/base-build.ts';
import { parseFlags, runCli } from './lib/cli.ts';
import { distDifferences, readDist } from './lib/dist-diff.ts';

const USAGE = `Usage: npm run compare:builds [-- --base <commit>]
  --base  the commit to compare the working tree's build with (default HEAD)`;

await runCli(USAGE, async () => {
  const { base } = parseFlags({ base: { type: 'string', default: 'HEAD' } });
  return withBaseAndHeadBuilds(base, ({ before: old, after: now }) => {
    const [before, after] = [readDist(old.dist), readDist(now.dist)];
    if (before.size === 0) throw new Error(`the build of ${base} wrote no files`);
    const differences = distDifferences(before, after);
    for (const difference of differences) console.log(difference);
    console.log(
      differences.length === 0
        ? `identical: ${after.size} files of ${base} and the working tree (search index and asset hashes aside)`
        : `${differences.length} of ${after.size} files differ`,
    );
    return differences.length === 0 ? 0 : 1;
  });
});
