/**
 * Filling UI strings. No dictionaries here: client scripts import these functions and get the
 * strings they need from data- attributes, so the dictionaries stay out of their bundles.
 */

export type TemplateVars = Record<string, string | number>;
/** The values for a counted string: `count` picks the form. */
export type CountVars = TemplateVars & { count: number };

/**
 * A counted UI string: one template per plural category of `Intl.PluralRules` (`one`, `other`, …;
 * each locale needs exactly its own categories). `{count}` is the number that picks the form.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{name}` placeholders: `fill('{n} min', { n: 3 })` → `3 min`. Unknown names stay visible. */
export function fill(template: string, vars: TemplateVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/**
 * The form of a counted string that `locale`'s plural rules choose for `vars.count`, filled:
 * `plural('en', { one: '{count} result', other: '{count} results' }, { count: 1 })` → `1 result`.
 */
export function plural(locale: string, forms: PluralForms, vars: CountVars): string {
  return fill(forms[pluralRules(locale).select(vars.count)] ?? forms.other, vars);
}

/** Intl.PluralRules per locale, created once (a table update or a page build asks many times). */
const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}
