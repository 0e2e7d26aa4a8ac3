/**
 * Deterministic synthetic articles for the build benchmark: about 1,200 words each, with
 * headings, a code block, a GFM table, lists and a footnote, and only the required frontmatter.
 */
import { seededRandom } from '../tests/support/seeded-random.ts';

const WORDS = (
  'account alarm application architecture backup bucket cache capacity cluster code compute configuration container cost ' +
  'database deployment domain event function gateway group identity instance latency layer limit load log metric network ' +
  'node operation organisation pipeline policy queue region replication request resource role scale schema service storage ' +
  'stream table team template throughput topic traffic user version volume workload zero team learning leadership reading'
).split(' ');

export function syntheticArticle(index: number): { slug: string; source: string } {
  const random = seededRandom(1000 + index);
  const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (length = 12 + Math.floor(random() * 10)) => {
    const words = Array.from({ length }, pick).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  const paragraph = (sentences = 4 + Math.floor(random() * 3)) =>
    Array.from({ length: sentences }, () => sentence()).join(' ');
  const title = `${sentence(5).slice(0, -1)} ${index}`;
  const day = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  const sections = [
    `## ${sentence(4).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}[^1]`,
    `### ${sentence(3).slice(0, -1)}\n\n${paragraph()}\n\n- ${sentence(8)}\n- ${sentence(8)}\n- ${sentence(8)}`,
    `## ${sentence(4).slice(0, -1)}\n\n${paragraph()}\n\n\`\`\`yaml\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: ${30 + index}\n\`\`\``,
    `## ${sentence(4).slice(0, -1)}\n\n| Service | Verdict | Why |\n| --- | --- | --- |\n| ${pick()} | yes | ${sentence(6)} |\n| ${pick()} | no | ${sentence(6)} |\n| ${pick()} | depends | ${sentence(6)} |\n\n${paragraph()}`,
    `### ${sentence(3).slice(0, -1)}\n\n1. ${sentence(8)}\n2. ${sentence(8)}\n\n${paragraph()}\n\n${paragraph()}`,
    `## ${sentence(4).slice(0, -1)}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}\n\n${paragraph()}`,
  ];
  const source = [
    '---',
    `title: '${title}'`,
    `description: '${sentence(14).slice(0, 150).replace(/'/g, '')}'`,
    `pubDate: ${day}`,
    `tags: [${pick()}, ${pick()}]`,
    '---',
    '',
    paragraph(),
    '',
    sections.join('\n\n'),
    '',
    `[^1]: ${sentence(10)}`,
    '',
  ].join('\n');
  return { slug: `synthetic-article-${String(index).padStart(5, '0')}`, source };
}
