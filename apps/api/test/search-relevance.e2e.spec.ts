import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The relevance test set: what a shopper typing into the search box must see first, on the
 * demo catalog, through GET /products?q= (the storefront's search page) and with per_page=5
 * (the header's suggestions). The rules it pins: the product type (category) and the name
 * count above a mention in the description; a whole word above a word it merely starts;
 * misspellings still find the product; prefixes typed so far already suggest the right things.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp('search_relevance', { JOBS_INTERVAL_MS: '0' });
});
afterAll(async () => {
  await t?.close();
});

interface Hit {
  name: string;
  category: { slug: string };
  brand: string;
}

const search = async (q: string, perPage = 24) => {
  const res = await request(t.server).get(`/api/v1/products?q=${encodeURIComponent(q)}&per_page=${perPage}`);
  expect(res.status).toBe(200);
  return res.body.data as Hit[];
};
const describeHits = (hits: Hit[]) => hits.map((h) => `${h.name} [${h.category.slug}]`).join('\n');

interface Case {
  q: string;
  /** How many of the first results must match. */
  top: number;
  category?: string;
  name?: RegExp;
  brand?: string;
}

const CASES: Case[] = [
  // Product types: the category counts (keycap sets and wrist rests mention keyboards in their names).
  { q: 'keyboard', top: 10, category: 'keyboards' },
  { q: 'keyboards', top: 10, category: 'keyboards' },
  { q: 'mechanical keyboard', top: 5, category: 'keyboards', name: /mechanical keyboard/i },
  { q: 'wireless keyboard', top: 3, category: 'keyboards', name: /wireless/i },
  { q: 'split keyboard', top: 2, category: 'keyboards', name: /split/i },
  { q: 'mouse', top: 10, category: 'mice' },
  { q: 'mice', top: 10, category: 'mice' },
  { q: 'wireless mouse', top: 5, category: 'mice', name: /wireless/i },
  { q: 'ergonomic mouse', top: 3, category: 'mice', name: /ergonomic/i },
  { q: 'trackball', top: 2, name: /trackball/i },
  { q: 'monitor', top: 10, category: 'monitors' },
  { q: '27 inch monitor', top: 5, category: 'monitors', name: /27-inch/ },
  { q: '4k monitor', top: 3, category: 'monitors', name: /4K/ },
  { q: 'ultrawide', top: 2, category: 'monitors', name: /ultrawide/i },
  { q: 'monitor arm', top: 2, category: 'desk-gear', name: /monitor arm/i },
  { q: 'usb c cable', top: 3, category: 'cables', name: /USB-C/ },
  { q: 'cable', top: 5, category: 'cables' },
  { q: 'displayport cable', top: 2, category: 'cables', name: /DisplayPort/ },
  { q: 'ethernet cable', top: 1, category: 'cables', name: /Ethernet/ },
  { q: 'esp32', top: 4, category: 'microcontrollers' },
  { q: 'microcontroller', top: 5, category: 'microcontrollers' },
  { q: 'risc-v', top: 2, category: 'microcontrollers', name: /RISC-V/ },
  { q: 'lora', top: 2, name: /LoRa/ },
  { q: 'single board computer', top: 5, category: 'single-board-computers' },
  { q: 'headphones', top: 10, category: 'headphones' },
  { q: 'anc headphones', top: 3, category: 'headphones', name: /ANC/ },
  { q: 'earbuds', top: 2, name: /earbuds/i },
  { q: 'microphone', top: 3, category: 'audio-interfaces', name: /microphone/i },
  { q: 'audio interface', top: 3, category: 'audio-interfaces', name: /audio interface/i },
  { q: 'webcam', top: 5, category: 'webcams' },
  { q: '4k webcam', top: 2, category: 'webcams', name: /4K/ },
  { q: 'laptop', top: 10, category: 'laptops' },
  { q: 'linux laptop', top: 2, category: 'laptops', name: /linux laptop/i },
  { q: 'laptop stand', top: 2, category: 'desk-gear', name: /laptop stand/i },
  { q: 'ssd', top: 5, category: 'storage', name: /SSD/ },
  { q: 'nvme', top: 3, category: 'storage', name: /NVMe/ },
  { q: 'desk mat', top: 3, category: 'desk-gear', name: /desk mat/i },
  { q: 'standing desk', top: 2, name: /standing desk/i },
  { q: 'keycaps', top: 4, category: 'keycaps-switches', name: /keycap/i },
  { q: 'switches', top: 3, category: 'keycaps-switches' },
  { q: 'nas', top: 2, name: /NAS/ },
  { q: 'flash drive', top: 2, name: /flash drive/i },
  // Books, brands, unicode and punctuation.
  { q: 'rust', top: 1, name: /^Rust Without Fear$/ },
  { q: 'postgres', top: 1, name: /^Postgres Performance Field Guide$/ },
  { q: 'typescript book', top: 1, name: /^TypeScript at Scale$/ },
  { q: 'go concurrency', top: 1, name: /^Concurrency Patterns in Go$/ },
  { q: 'keyforge', top: 8, brand: 'Keyforge' },
  { q: 'Über', top: 1, name: /Über-Quiet/ },
  { q: '日本語', top: 1, category: 'keyboards', name: /日本語/ },
  { q: "hacker's desk mat", top: 1, name: /Hacker's Desk Mat/ },
  // Misspellings.
  { q: 'keybord', top: 5, category: 'keyboards' },
  { q: 'mechancal keybaord', top: 5, category: 'keyboards', name: /mechanical/i },
  { q: 'moniter', top: 5, category: 'monitors' },
  { q: 'headphnes', top: 5, category: 'headphones' },
  { q: 'microcontoller', top: 5, category: 'microcontrollers' },
  { q: 'wireles mouse', top: 3, category: 'mice', name: /wireless/i },
  // Typed so far (the header suggests while typing).
  { q: 'keyb', top: 5, category: 'keyboards' },
  { q: 'headph', top: 5, category: 'headphones' },
  { q: 'webc', top: 5, category: 'webcams' },
];

describe('search relevance on the demo catalog', () => {
  it('has a test set of at least 30 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.q, c] as const))('"%s": the first results are what a shopper means', async (_q, c) => {
    const hits = await search(c.q);
    const first = hits.slice(0, c.top);
    const fits = (h: Hit) => (!c.category || h.category.slug === c.category) && (!c.name || c.name.test(h.name)) && (!c.brand || h.brand === c.brand);
    if (first.length < c.top || !first.every(fits)) throw new Error(`"${c.q}" ranked:\n${describeHits(hits.slice(0, Math.max(10, c.top)))}`);
  });

  it.each(['keyboard', 'keyb', 'monitor', 'headphones', 'laptop'])('suggests only the product type for "%s" (the 5 suggestions, ranked the same way)', async (q) => {
    const suggestions = await search(q, 5);
    const expected = { keyboard: 'keyboards', keyb: 'keyboards', monitor: 'monitors', headphones: 'headphones', laptop: 'laptops' }[q];
    expect(suggestions).toHaveLength(5);
    if (!suggestions.every((s) => s.category.slug === expected)) throw new Error(describeHits(suggestions));
    expect(suggestions.map((s) => s.name)).toEqual((await search(q)).slice(0, 5).map((s) => s.name));
  });

  it('ranks a name match above a description match', async () => {
    const hits = await search('wrist rest');
    expect(hits[0].name).toMatch(/wrist rest/i);
  });

  it('ranks a whole word above a word it only starts ("key": the key-sized flash drives before keyboards and keycaps)', async () => {
    const hits = await search('key');
    expect(hits.length).toBeGreaterThan(10);
    const firstPartial = hits.findIndex((h) => !/\bkey\b/i.test(h.name));
    const lastWhole = hits.map((h) => /\bkey\b/i.test(h.name)).lastIndexOf(true);
    expect(firstPartial).toBeGreaterThan(lastWhole);
  });

  it('lists the products matching the most words when none matches them all', async () => {
    const hits = await search('wireless keyboard for macbook');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.slice(0, 3).every((h) => h.category.slug === 'keyboards' && /wireless/i.test(h.name))).toBe(true);
  });
});
