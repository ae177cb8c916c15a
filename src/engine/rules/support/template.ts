/** Rule wording (messages, hints, suggestion reasons) is pack data with `{name}` placeholders, filled here. */

/** Fills `{name}` placeholders from `data`; a placeholder without a value is an error naming the rule. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>, ruleId: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in data)) throw new Error(`rule ${ruleId}: placeholder {${name}} has no value`);
    return String(data[name]);
  });
}
