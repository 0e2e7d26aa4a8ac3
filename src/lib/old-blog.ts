/**
 * The articles the old blog published (Hexo, permalink `:year/:month/:day/:title/`). Only these
 * ever had an old address there; an article first published here gets none. tests/unit/old-blog.test.ts
 * checks this list and the permalinks against the old blog's own build (tests/fixtures/old-blog/).
 */
export const OLD_BLOG_ARTICLES: readonly string[] = [
  'aws-aurora-external-mysql-primary-gtids',
  'aurora-xtrabackup',
  'serverless-a-new-model-to-run-software',
  'the-serverless-test',
  'advantages-aws-multi-account-architecture',
  'paul-o-neill-the-irreducible-components-of-leadership',
  'dead-mans-switch-backup-alerting-aws-cloudwatch',
  'lesegruppen-buchclubs-organisationales-lernen-unternehmen',
  'aws-cloudformation-elastic-beanstalk-dynamic-parameters-service-discovery',
];
