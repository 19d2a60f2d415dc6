import { describe, expect, it } from 'vitest';
import { questionWords, stemOf } from './question.ts';

describe('the words of a question', () => {
  it.each([
    ['en', 'I need a free lawyer for court', ['free', 'lawyer', 'court']],
    ['lt', 'Reikia nemokamo advokato teisme', ['nemokamo', 'advokato', 'teisme']],
    ['ru', 'Нужен бесплатный адвокат в суде', ['бесплатныи', 'адвокат', 'суде']],
    // "б’є" (beats) is two letters once the apostrophe joins it, and still counts: it means violence.
    ['uk', 'Чоловік мене б’є', ['чоловік', 'бє']],
  ] as const)('%s: %s', (lang, question, words) => {
    expect(questionWords(question, lang)).toEqual(words);
  });

  it('keeps the start that a word’s other forms share', () => {
    expect(stemOf('advokato')).toBe('advok');
    expect(stemOf('адвоката')).toBe('адвок');
    expect(stemOf('teisme')).toBe('teism');
    expect(stemOf('trafficked')).toBe('traffic');
    expect(stemOf('help')).toBe('help');
  });
});
