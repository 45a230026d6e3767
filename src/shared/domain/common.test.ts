import { describe, expect, it } from 'vitest';
import { msg, optionalText, requiredText } from './common';

describe('text schemas', () => {
  it('refuse characters XML 1.0 forbids, with their own message', () => {
    const inputs = ['Müller\u0001 GmbH', 'A\uFFFE', 'B\uFFFF', 'C\uD800', 'D\u000BE'];
    const messages = (text: string) =>
      [requiredText(100), optionalText(100)].map(
        (schema) => schema.safeParse(text).error?.issues.map((issue) => issue.message) ?? [],
      );
    expect(inputs.map(messages)).toEqual(inputs.map(() => [[msg.characters], [msg.characters]]));
  });

  it('accept tabs, line breaks and emoji', () => {
    const text = 'Zeile 1\r\nZeile\t2 😀';
    expect([requiredText(100).parse(text), optionalText(100).parse(text)]).toEqual([text, text]);
  });
});
