import { describe, expect, it } from 'vitest';
import { renderWith } from './render';

const vars = {
  score: '3',
  'contact.name': 'Anna',
  'conversation.id': '42',
  comment: '{{score}}',
  empty: '',
};

// The cases of server/bot/template_test.go.
const cases: [string, string][] = [
  ['', ''],
  ['no placeholders', 'no placeholders'],
  [
    'Critical NPS score {{score}} from {{contact.name}} in conversation #{{conversation.id}}',
    'Critical NPS score 3 from Anna in conversation #42',
  ],
  ['{{ score }}', '3'],
  ['{{\tscore\t}}', '3'],
  ['{{score}}{{score}}', '33'],
  ['{{unknown}} and {{score}}', '{{unknown}} and 3'],
  ['{{ unknown }}', '{{ unknown }}'],
  ['{{contact.email}}', '{{contact.email}}'],
  ['{{}}', '{{}}'],
  ['{{ }}', '{{ }}'],
  ['{{score', '{{score'],
  ['score}}', 'score}}'],
  ['{score}', '{score}'],
  ['{{{score}}}', '{3}'],
  ['{{sc ore}}', '{{sc ore}}'],
  ['{{score\n}}', '{{score\n}}'],
  ['{{comment}}', '{{score}}'],
  ['[{{empty}}]', '[]'],
  ['Привет, {{contact.name}}!', 'Привет, Anna!'],
  ['{{{{score}}}}', '{{3}}'],
];

describe('render agrees with bot.Render', () => {
  it.each(cases)('%j', (text, want) => {
    expect(renderWith(text, vars)).toBe(want);
  });

  it('leaves everything when there is nothing to fill', () => {
    expect(renderWith('{{score}}', null)).toBe('{{score}}');
  });
});
