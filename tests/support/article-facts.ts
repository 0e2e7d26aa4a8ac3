export interface ArticleFacts {
  locale: 'en' | 'de';
  slug: string;
  pubDate: string; // YYYY-MM-DD
  title: string;
  /** every h2/h3/h4 in order, with the id you gave it */
  headings: { depth: 2 | 3 | 4; text: string; id: string }[];
  /** languages of the fenced code blocks, in order */
  codeLanguages: string[];
  /** every link target in the article body, in order of appearance */
  links: string[];
  blockquotes: number;
  /** lists (`ol`, `ul`) and their items, including the restored reference lists */
  lists: { ordered: number; unordered: number; items: number };
  /** bold (`strong`) and italic (`em`) passages */
  emphasis: { bold: number; italic: number };
  /** hard line breaks inside paragraphs or list items */
  lineBreaks: number;
  /** 'YYYY/MM/DD' part of the original permalink */
  permalinkDate: string;
}

export const articleFacts: ArticleFacts[] = [
  {
    locale: 'en',
    slug: 'aws-aurora-external-mysql-primary-gtids',
    pubDate: '2023-03-10',
    title: 'Setting up MySQL Aurora replication from an external primary with GTIDs',
    headings: [],
    codeLanguages: ['text', 'text', 'sql', 'sql', 'sql'],
    links: [
      'https://dev.mysql.com/doc/refman/8.0/en/replication-gtids.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/mysql-replication-gtid.html',
      'https://aws.amazon.com/blogs/database/migrating-to-amazon-aurora-mysql-with-fallback-option-using-gtid-based-replication/',
      'https://dev.mysql.com/doc/refman/8.0/en/replication-gtids-failover.html#replication-gtids-failover-gtid-purged',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Replication.MySQL.html',
    ],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 0, items: 0 },
    emphasis: { bold: 0, italic: 0 },
    lineBreaks: 0,
    permalinkDate: '2023/03/10',
  },
  {
    locale: 'en',
    slug: 'aurora-xtrabackup',
    pubDate: '2023-02-19',
    title: 'Lessons learned when restoring a MySQL Aurora RDS database from S3/Percona Xtrabackup',
    headings: [
      { depth: 2, text: 'Restoring to a plain RDS MySQL instance', id: 'restoring-to-a-plain-rds-mysql-instance' },
    ],
    codeLanguages: ['text', 'shell', 'shell', 'shell', 'text'],
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Migrating.ExtMySQL.html#AuroraMySQL.Migrating.ExtMySQL.S3',
      'https://docs.aws.amazon.com/prescriptive-guidance/latest/patterns/migrate-on-premises-mysql-databases-to-aurora-mysql-using-percona-xtrabackup-amazon-efs-and-amazon-s3.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Migrating.ExtMySQL.html#AuroraMySQL.Migrating.ExtMySQL.S3',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Procedural.Importing.html#MySQL.Procedural.Importing.Limitations',
    ],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 0, items: 0 },
    emphasis: { bold: 0, italic: 0 },
    lineBreaks: 0,
    permalinkDate: '2023/02/19',
  },
  {
    locale: 'en',
    slug: 'serverless-a-new-model-to-run-software',
    pubDate: '2022-10-19',
    title: 'Serverless - a new model to run backend software',
    headings: [
      { depth: 2, text: '“But where is the code? Where can I click through the code?”', id: 'but-where-is-the-code-where-can-i-click-through-the-code' },
      { depth: 2, text: '“All the complexity is now in the infrastructure, not in my code!”', id: 'all-the-complexity-is-now-in-the-infrastructure-not-in-my-code' },
      { depth: 2, text: '“This is an extreme example!”', id: 'this-is-an-extreme-example' },
    ],
    codeLanguages: [],
    links: [
      'https://github.com/s0enke/serverless-aws-timeseries-injector-query-architecture/',
      'https://github.com/s0enke/serverless-aws-timeseries-injector-query-architecture/',
      'https://www.slideshare.net/AWSAktuell/serverless-vs-developers-the-real-crash',
    ],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 1, items: 3 },
    emphasis: { bold: 0, italic: 0 },
    lineBreaks: 2,
    permalinkDate: '2022/10/19',
  },
  {
    locale: 'en',
    slug: 'the-serverless-test',
    pubDate: '2022-09-21',
    title: '🤔 The serverless test',
    headings: [
      { depth: 2, text: 'Definition', id: 'definition' },
    ],
    codeLanguages: [],
    links: [
      'https://pauldjohnston.medium.com/a-simple-definition-of-serverless-8492adfb175a',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v1.how-it-works.html#aurora-serverless.how-it-works.auto-scaling',
      'https://www.lastweekinaws.com/blog/no-aws-aurora-serverless-v2-is-not-serverless/',
    ],
    blockquotes: 2,
    lists: { ordered: 1, unordered: 0, items: 2 },
    emphasis: { bold: 1, italic: 0 },
    lineBreaks: 0,
    permalinkDate: '2022/09/21',
  },
  {
    locale: 'en',
    slug: 'advantages-aws-multi-account-architecture',
    pubDate: '2017-07-09',
    title: 'Advantages of AWS Multi-Account Architecture',
    headings: [
      { depth: 2, text: 'Hard limits per AWS Account', id: 'hard-limits-per-aws-account' },
      { depth: 2, text: '“Blast radius” reduction', id: 'blast-radius-reduction' },
      { depth: 3, text: 'AWS Per-Account Service and API limits', id: 'aws-per-account-service-and-api-limits' },
      { depth: 3, text: 'Security', id: 'security' },
      { depth: 3, text: 'Environment separation', id: 'environment-separation' },
      { depth: 3, text: 'IAM is complicated', id: 'iam-is-complicated' },
      { depth: 2, text: 'Map AWS Accounts to your organizational structure', id: 'map-aws-accounts-to-your-organizational-structure' },
      { depth: 3, text: 'Making implicit resource sharing harder by design', id: 'making-implicit-resource-sharing-harder-by-design' },
      { depth: 3, text: 'Ownership and billing', id: 'ownership-and-billing' },
      { depth: 3, text: 'Right from the beginning', id: 'right-from-the-beginning' },
      { depth: 3, text: 'It’s getting easier with AWS Organizations', id: 'its-getting-easier-with-aws-organizations' },
      { depth: 2, text: 'Outlook', id: 'outlook' },
      { depth: 2, text: 'Thanks', id: 'thanks' },
      { depth: 2, text: 'References', id: 'references' },
    ],
    codeLanguages: [],
    links: [
      'https://www.slideshare.net/AmazonWebServices/aws-reinvent-2016-reduce-your-blast-radius-by-using-multiple-aws-accounts-per-region-and-service-sec304',
      'http://docs.aws.amazon.com/AWSEC2/latest/APIReference/query-api-troubleshooting.html#api-request-rate',
      'http://codebetter.com/markneedham/2010/03/18/essential-and-accidental-complexity/',
      'http://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html',
      'https://threatpost.com/hacker-puts-hosting-service-code-spaces-out-of-business/106761/',
      'https://github.com/blog/744-today-s-outage',
      'https://en.wikipedia.org/wiki/Principle_of_least_privilege',
      'http://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
      'http://techblog.scout24.com/2017/02/how-many-aws-accounts-should-a-company-have/',
      'https://martinfowler.com/bliki/BoundedContext.html',
      'https://martinfowler.com/bliki/IntegrationDatabase.html',
      'https://pragprog.com/the-pragmatic-programmer/extracts/software-entropy',
      'https://en.wikipedia.org/wiki/Cost_centre_(business)',
      'http://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html',
      'https://aws.amazon.com/organizations/',
      'https://twitter.com/zinedlabs',
      'http://techblog.scout24.com/2017/02/how-many-aws-accounts-should-a-company-have/',
      'https://aws.amazon.com/answers/account-management/aws-multi-account-security-strategy/',
      'https://www.linkedin.com/pulse/managing-multiple-accounts-aws-jake-burns',
      'https://www.slideshare.net/AmazonWebServices/aws-account-best-practices',
      'https://aws.amazon.com/blogs/aws/new-cross-account-access-in-the-aws-management-console/',
    ],
    blockquotes: 2,
    lists: { ordered: 1, unordered: 2, items: 9 },
    emphasis: { bold: 5, italic: 4 },
    lineBreaks: 1,
    permalinkDate: '2017/07/09',
  },
  {
    locale: 'en',
    slug: 'paul-o-neill-the-irreducible-components-of-leadership',
    pubDate: '2017-06-26',
    title: 'Paul O\'Neill: The Irreducible Components of Leadership',
    headings: [
      { depth: 2, text: 'Further reading', id: 'further-reading' },
    ],
    codeLanguages: [],
    links: [
      'https://www.youtube.com/watch?v=htLCVqaLBvo',
      'https://github.com/s0enke/ruempler.eu/pulls',
      'https://en.wikipedia.org/wiki/Paul_H._O%27Neill',
      'https://www.amazon.de/High-Velocity-Edge-Operational-Excellence-Competition/dp/0071741410',
      'https://www.amazon.de/Power-Habit-Why-What-Change/dp/1847946240/',
      'http://www.leanblog.org/2010/08/interview-with-paul-oneill/',
    ],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 1, items: 4 },
    emphasis: { bold: 21, italic: 0 },
    lineBreaks: 2,
    permalinkDate: '2017/06/26',
  },
  {
    locale: 'en',
    slug: 'dead-mans-switch-backup-alerting-aws-cloudwatch',
    pubDate: '2017-06-26',
    title: 'Dead man\'s switch with AWS CloudWatch: Freshness-Alerting for Backups and Co',
    headings: [
      { depth: 2, text: 'References', id: 'references' },
    ],
    codeLanguages: ['yaml'],
    links: [
      'https://en.wikipedia.org/wiki/Dead_man%27s_switch',
      'https://serverfault.com/questions/743190/cloudwatch-freshness-checks-like-nagios-passive-checks',
    ],
    blockquotes: 0,
    lists: { ordered: 1, unordered: 2, items: 6 },
    emphasis: { bold: 1, italic: 0 },
    lineBreaks: 0,
    permalinkDate: '2017/06/26',
  },
  {
    locale: 'de',
    slug: 'lesegruppen-buchclubs-organisationales-lernen-unternehmen',
    pubDate: '2017-04-17',
    title: 'Lesegruppen / Buchclubs in Unternehmen',
    headings: [
      { depth: 2, text: 'Buchbesprechungen als Werkzeug für Organisationales Lernen', id: 'buchbesprechungen-als-werkzeug-für-organisationales-lernen' },
      { depth: 2, text: 'Was ist ein Buchclub / eine Lesegruppe?', id: 'was-ist-ein-buchclub--eine-lesegruppe' },
      { depth: 2, text: 'Vorteile von Buchclubs - was bringt uns das?', id: 'vorteile-von-buchclubs---was-bringt-uns-das' },
      { depth: 2, text: 'Wie fange ich an?', id: 'wie-fange-ich-an' },
      { depth: 3, text: 'In der Gruppe', id: 'in-der-gruppe' },
      { depth: 4, text: 'Thema, Buch und Lesegruppe finden', id: 'thema-buch-und-lesegruppe-finden' },
      { depth: 4, text: 'Lesegruppen-Setup', id: 'lesegruppen-setup' },
      { depth: 4, text: 'Abschluss des Buches', id: 'abschluss-des-buches' },
      { depth: 3, text: 'Als Unternehmen', id: 'als-unternehmen' },
      { depth: 2, text: 'Zusammenfassung', id: 'zusammenfassung' },
    ],
    codeLanguages: [],
    links: [
      'https://de.wikipedia.org/wiki/Organisationales_Lernen',
      'https://de.wikipedia.org/wiki/Mentales_Modell',
      'https://de.wikipedia.org/wiki/Gruppenkoh%C3%A4sion',
      'https://de.wikipedia.org/wiki/Gruppendenken',
      'https://de.wikipedia.org/wiki/Eigengruppe_und_Fremdgruppe',
    ],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 2, items: 8 },
    emphasis: { bold: 8, italic: 0 },
    lineBreaks: 2,
    permalinkDate: '2017/04/17',
  },
  {
    locale: 'en',
    slug: 'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery',
    pubDate: '2017-04-09',
    title: '"Service Discovery" with AWS Elastic Beanstalk and CloudFormation',
    headings: [
      { depth: 2, text: 'How to dynamically pass environment variables to Elastic Beanstalk.', id: 'how-to-dynamically-pass-environment-variables-to-elastic-beanstalk' },
      { depth: 3, text: 'The solution: CloudFormation', id: 'the-solution-cloudformation' },
    ],
    codeLanguages: ['yaml', 'yaml', 'yaml', 'yaml'],
    links: [],
    blockquotes: 0,
    lists: { ordered: 0, unordered: 0, items: 0 },
    emphasis: { bold: 0, italic: 0 },
    lineBreaks: 1,
    permalinkDate: '2017/04/09',
  },
];
