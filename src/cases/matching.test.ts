import { describe, expect, it } from 'vitest';
import { matchingMaterial, matchingMaterials, skeleton } from './matching.ts';

describe('matching material for duplicate detection', () => {
  const same: [string, string][] = [
    ['Юлія Коваленко', 'Julija Kovalenko'],
    ['Юлія Коваленко', 'Yuliia Kovalenko'],
    ['Julija Kovalenko', 'Kovalenko Yulia'],
    ['Юлия Коваленко', 'Yulia Kovalenko'],
    ['Šarūnė Jonaitytė', 'SARUNE JONAITYTE'],
    ['Олександр Шевченко', 'Oleksandr Shevchenko'],
    ['Oleksandr Shevchenko', 'Oleksandr Ševčenko'],
    ['Григорій Ткачук', 'Hryhorii Tkachuk'],
    ['Hryhorii Tkachuk', 'Grigorij Tkačuk'],
    ['Марія Іванова', 'Maria Ivanova'],
    ['Мария Иванова', 'Marija Ivanova'],
    ['Жанна Цой', 'Zhanna Tsoi'],
    ['Žana Coj', 'Zhanna Tsoy'],
    ['Анна-Марія Щербак', 'Anna Marija Shcherbak'],
    ['Щербак Ольга', 'Olga Ščerbak'],
  ];
  it.each(same)('%s and %s give the same material', (a, b) => {
    expect(matchingMaterial([a], '1994-03-02')).toBe(matchingMaterial([b], '1994-03-02'));
  });

  const different: [string, string][] = [
    ['Olena Petrenko', 'Alina Petrenko'],
    ['Ivan Ivanov', 'Ivana Ivanova'],
    ['Jonas Jonaitis', 'Jonas Petraitis'],
  ];
  it.each(different)('%s and %s stay apart', (a, b) => {
    expect(matchingMaterial([a], '1994-03-02')).not.toBe(matchingMaterial([b], '1994-03-02'));
  });

  it('keeps the birth date in the material', () => {
    expect(matchingMaterial(['Julija Kovalenko'], '1994-03-02')).not.toBe(
      matchingMaterial(['Julija Kovalenko'], '1994-03-03'),
    );
    expect(matchingMaterial(['Julija Kovalenko'], null)).toBe('iulia kovalenko|');
  });

  it('gives nothing for a name without letters', () => {
    expect(matchingMaterial(['  --  '], null)).toBeNull();
    expect(skeleton('123')).toBe('');
  });

  it.each([
    ['Михайлов Олег', 'Oleg Michailov'],
    ['Олег Михайлов', 'Oleg Mikhailov'],
    ['Ганна Чорна', 'Hanna Chorna'],
    ['Chorna Hanna', 'Hanna Čorna'],
  ])('%s and %s share a reading of "ch"', (a, b) => {
    const other = matchingMaterials([b], '1980-05-05');
    expect(matchingMaterials([a], '1980-05-05').some((m) => other.includes(m))).toBe(true);
  });
});
