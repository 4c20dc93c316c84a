import { keyboardDetail, variant } from '@/testing/fixtures';
import { initialVariant, optionGroups, optionKeys, selectOption, stockState } from './variant-selection';

const { variants } = keyboardDetail();
const byId = (id: string) => variants.find((v) => v.id === id)!;

describe('variant selection', () => {
  it('collects option keys and values in the order they appear', () => {
    expect(optionKeys(variants)).toEqual(['switch', 'layout']);
    const groups = optionGroups(variants, byId('v-brown-ansi'));
    expect(groups.map((g) => [g.key, g.values.map((v) => v.value)])).toEqual([
      ['switch', ['brown', 'red', 'blue']],
      ['layout', ['ANSI', 'ISO']],
    ]);
  });

  it('disables values that do not exist with the choices above them', () => {
    // Red switches only come in ANSI: with red chosen, ISO is impossible.
    const red = optionGroups(variants, byId('v-red-ansi'));
    expect(red[1].values).toEqual([
      { value: 'ANSI', disabled: false, soldOut: false },
      { value: 'ISO', disabled: true, soldOut: false },
    ]);
    // With brown chosen, both layouts exist.
    expect(optionGroups(variants, byId('v-brown-ansi'))[1].values.every((v) => !v.disabled)).toBe(true);
    // The first option is never disabled, so every variant stays reachable.
    expect(optionGroups(variants, byId('v-brown-iso'))[0].values.every((v) => !v.disabled)).toBe(true);
  });

  it('marks values whose variants are all sold out', () => {
    const groups = optionGroups(variants, byId('v-brown-ansi'));
    expect(groups[0].values.find((v) => v.value === 'blue')).toEqual({ value: 'blue', disabled: false, soldOut: true });
  });

  it('keeps the other choices when the combination exists', () => {
    expect(selectOption(variants, byId('v-brown-ansi'), 'layout', 'ISO')?.id).toBe('v-brown-iso');
    expect(selectOption(variants, byId('v-brown-ansi'), 'switch', 'red')?.id).toBe('v-red-ansi');
  });

  it('moves to the closest existing variant when it does not', () => {
    // Brown ISO -> red: there is no red ISO, so red ANSI.
    expect(selectOption(variants, byId('v-brown-iso'), 'switch', 'red')?.id).toBe('v-red-ansi');
  });

  it('prefers a variant in stock among equally close ones', () => {
    const vs = [
      variant({ id: 'a', options: { colour: 'black', size: 'S' } }),
      variant({ id: 'b', options: { colour: 'white', size: 'M' }, in_stock: false, available: 0 }),
      variant({ id: 'c', options: { colour: 'white', size: 'L' } }),
    ];
    expect(selectOption(vs, vs[0], 'colour', 'white')?.id).toBe('c');
  });

  it('every variant can be reached by clicking through the options', () => {
    for (const target of variants) {
      let current = byId('v-blue-ansi');
      for (const key of optionKeys(variants)) {
        const group = optionGroups(variants, current).find((g) => g.key === key)!;
        expect(group.values.find((v) => v.value === target.options[key])?.disabled).toBe(false);
        current = selectOption(variants, current, key, target.options[key])!;
      }
      expect(current.id).toBe(target.id);
    }
  });

  it('starts with the variant in the URL, else the first one in stock', () => {
    expect(initialVariant(variants, 'v-brown-iso')?.id).toBe('v-brown-iso');
    expect(initialVariant(variants, 'unknown')?.id).toBe('v-brown-ansi');
    const soldOutFirst = [variants[3], variants[1]];
    expect(initialVariant(soldOutFirst, null)?.id).toBe('v-red-ansi');
  });

  it('describes stock the way a shopper reads it', () => {
    expect(stockState({ in_stock: true, available: 40 }).label).toBe('In stock');
    expect(stockState({ in_stock: true, available: 6 }).label).toBe('In stock');
    expect(stockState({ in_stock: true, available: 5 }).label).toBe('Only 5 left');
    expect(stockState({ in_stock: true, available: 1 }).label).toBe('Only 1 left');
    expect(stockState({ in_stock: false, available: 0 }).label).toBe('Out of stock');
    expect(stockState({ in_stock: true, available: 0 }).label).toBe('Out of stock');
  });
});
