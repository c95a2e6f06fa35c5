// Field errors collected by a service's rules, like Rails' ActiveModel::Errors: each attribute has
// short messages ("can't be blank"); a full message puts the attribute's name first
// ("Name can't be blank"). Forms show full messages; the JSON API sends the short ones.

export type FieldErrors<Attribute extends string = string> = Partial<Record<Attribute, string[]>>;

function humanize(attribute: string): string {
  const words = attribute.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fullMessage(attribute: string, message: string): string {
  return `${humanize(attribute)} ${message}`;
}

export class ValidationErrors<Attribute extends string> {
  // A Map keeps attributes in the order their first error was added: the order of the rules.
  readonly #messages = new Map<Attribute, string[]>();

  add(attribute: Attribute, message: string): void {
    this.#messages.set(attribute, [...(this.#messages.get(attribute) ?? []), message]);
  }

  has(attribute: Attribute): boolean {
    return this.#messages.has(attribute);
  }

  get isEmpty(): boolean {
    return this.#messages.size === 0;
  }

  /** { name: ["can't be blank"] } — the JSON API's shape. */
  toMessages(): FieldErrors<Attribute> {
    return Object.fromEntries(this.#messages) as FieldErrors<Attribute>;
  }

  /** { name: ["Name can't be blank"] } — what forms show in place of each field's label. */
  toFullMessages(): FieldErrors<Attribute> {
    return Object.fromEntries(
      [...this.#messages].map(([attribute, messages]) => [
        attribute,
        messages.map((message) => fullMessage(attribute, message)),
      ]),
    ) as FieldErrors<Attribute>;
  }
}
