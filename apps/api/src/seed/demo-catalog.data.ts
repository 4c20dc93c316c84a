/**
 * The demo catalog: a believable, entirely fictional electronics-for-programmers store.
 *
 * Pure data generation with no dependencies. Everything comes from a seeded PRNG (mulberry32),
 * and every product draws from its own generator seeded by its category and position, so
 * `buildDemoCatalog()` returns the same catalog on every call and on every machine: seeding a
 * database twice finds the same slugs and SKUs and creates nothing new.
 *
 * Brand names are invented; any resemblance to real trademarks is accidental.
 */

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  parentSlug: string | null;
  featured: boolean;
  position: number;
}

export interface DemoVariant {
  sku: string;
  name: string;
  options: Record<string, string>;
  /** USD minor units, integer > 0. */
  price: number;
  /** Units that can be bought now, integer >= 0. */
  available: number;
}

export interface DemoProduct {
  slug: string;
  name: string;
  brand: string;
  categorySlug: string;
  description: string;
  specifications: { key: string; value: string; unit: string | null }[];
  variants: DemoVariant[];
  createdDaysAgo: number;
  image: {
    alt: string;
    label: string;
    /** Two hex colours for the placeholder's gradient. */
    palette: [string, string];
    icon: 'keyboard' | 'mouse' | 'monitor' | 'laptop' | 'headphones' | 'chip' | 'cable' | 'desk' | 'book' | 'storage' | 'audio' | 'generic';
  };
}

type Icon = DemoProduct['image']['icon'];
type Spec = DemoProduct['specifications'][number];
type Palette = [string, string];

/** Changing the seed reshuffles stock and ages (not names, slugs or SKUs of fixed entries). */
const CATALOG_SEED = 0x0dec0de5;
/** Share of products whose every variant is sold out. */
const SOLD_OUT_SHARE = 0.08;
const MAX_VARIANTS = 6;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** FNV-1a, 32 bits: a stable seed from a text key. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for demo data. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, kept in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indices = items.map((_, i) => i);
    for (let i = indices.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [indices[i], indices[j]] = [indices[j], indices[i]];
    }
    return indices
      .slice(0, Math.min(count, items.length))
      .sort((a, b) => a - b)
      .map((i) => items[i]);
  }
}

// ---------------------------------------------------------------------------------------------
// Brands (all fictional)
// ---------------------------------------------------------------------------------------------

interface Brand {
  name: string;
  /** Three letters, the first part of every SKU. */
  code: string;
  /** Model families; names of up to two letters are glued to the number ("K75"). */
  series: string[];
}

const BRANDS = {
  keyforge: { name: 'Keyforge', code: 'KFG', series: ['K', 'Anvil', 'Ember', 'Tempest'] },
  nordic: { name: 'Nordic Switchworks', code: 'NSW', series: ['Fjord', 'Fjell', 'Aurora', 'Skerry'] },
  tactile: { name: 'Tactile Theory', code: 'TTH', series: ['Axiom', 'Lemma', 'Proof', 'Corollary'] },
  helix: { name: 'Helix Devices', code: 'HLX', series: ['Strand', 'Coil', 'Spiral', 'Twist'] },
  monolith: { name: 'Monolith Input', code: 'MNI', series: ['Slab', 'Plinth', 'Obelisk', 'Cairn'] },
  glidepoint: { name: 'Glidepoint Labs', code: 'GLP', series: ['Glide', 'Drift', 'Arc', 'Vector'] },
  pixelgrade: { name: 'Pixelgrade', code: 'PXG', series: ['PG', 'Crisp', 'Focal', 'Gamut'] },
  lumenfield: { name: 'Lumenfield', code: 'LMF', series: ['Lux', 'Halo', 'Beam', 'Prism'] },
  basalt: { name: 'Basalt Computing', code: 'BSC', series: ['Scoria', 'Tuff', 'Pumice', 'Obsidian'] },
  cobalt: { name: 'Cobalt Machines', code: 'CBM', series: ['CM', 'Vanguard', 'Meridian', 'Atlas'] },
  ferrite: { name: 'Ferrite Audio', code: 'FRA', series: ['FA', 'Toroid', 'Core', 'Flux'] },
  quietwave: { name: 'Quietwave', code: 'QWV', series: ['Hush', 'Calm', 'Still', 'Lull'] },
  sonicloom: { name: 'Sonic Loom', code: 'SLM', series: ['Weft', 'Warp', 'Shuttle', 'Bobbin'] },
  voltkit: { name: 'Voltkit', code: 'VLT', series: ['VK', 'Spark', 'Ohm', 'Joule'] },
  orchard: { name: 'Silicon Orchard', code: 'SOR', series: ['Pippin', 'Bramley', 'Russet', 'Quince'] },
  breadboard: { name: 'Breadboard Bay', code: 'BBB', series: ['Cove', 'Harbor', 'Jetty', 'Inlet'] },
  copperline: { name: 'Copperline', code: 'CPL', series: ['Trace', 'Via', 'Bus', 'Lane'] },
  braidwire: { name: 'Braidwire', code: 'BRW', series: ['Plait', 'Weave', 'Knot', 'Loop'] },
  stackhaus: { name: 'Stackhaus', code: 'STH', series: ['Heap', 'Stack', 'Frame', 'Cache'] },
  bitcellar: { name: 'Bitcellar', code: 'BCL', series: ['Vault', 'Crate', 'Keg', 'Cask'] },
  deskwright: { name: 'Deskwright', code: 'DWR', series: ['Joiner', 'Dovetail', 'Mortise', 'Tenon'] },
  standfast: { name: 'Standfast Ergonomics', code: 'SFE', series: ['Upright', 'Poise', 'Balance', 'Stance'] },
  orbitcam: { name: 'Orbitcam', code: 'OBC', series: ['Apogee', 'Perigee', 'Zenith', 'Nadir'] },
  tabsspaces: { name: 'Tabs & Spaces Publishing', code: 'TSP', series: [] },
  nullpointer: { name: 'Null Pointer Press', code: 'NPP', series: [] },
  lambdaleaf: { name: 'Lambda Leaf Press', code: 'LLP', series: [] },
} satisfies Record<string, Brand>;

type BrandId = keyof typeof BRANDS;

// ---------------------------------------------------------------------------------------------
// Categories
// ---------------------------------------------------------------------------------------------

const CATEGORIES: readonly DemoCategory[] = [
  top('peripherals', 'Peripherals', 'Input devices and cameras for the desk you spend your days at.', 1),
  child('keyboards', 'Keyboards', 'peripherals', 'Mechanical, low-profile and split keyboards with programmable layers.', 1, true),
  child('mice', 'Mice', 'peripherals', 'Ergonomic, trackball and featherweight mice for long sessions.', 2, true),
  child('keycaps-switches', 'Keycaps & Switches', 'peripherals', 'Keycap sets, switch packs and testers for tuning your keyboard.', 3),
  child('webcams', 'Webcams', 'peripherals', 'Cameras that make stand-ups and pair-programming calls look sharp.', 4),
  top('computers', 'Computers', 'Laptops, displays and storage for building and running code.', 2),
  child('laptops', 'Laptops', 'computers', 'Developer laptops with plenty of memory and Linux-friendly hardware.', 1, true),
  child('monitors', 'Monitors', 'computers', 'High-density and ultrawide displays that fit more code on screen.', 2, true),
  child('storage', 'Storage', 'computers', 'NVMe drives, portable SSDs and home-lab storage.', 3),
  top('audio', 'Audio', 'Headphones, microphones and interfaces for focus and calls.', 3),
  child('headphones', 'Headphones', 'audio', 'Noise-cancelling, studio and open-back headphones for deep work.', 1, true),
  child('audio-interfaces', 'Audio Interfaces & Mics', 'audio', 'Interfaces and microphones for podcasts, streams and conference talks.', 2),
  top('maker-lab', 'Maker Lab', 'Boards and kits for firmware tinkering and home automation.', 4),
  child('microcontrollers', 'Microcontrollers', 'maker-lab', 'Dev boards with Wi-Fi, Bluetooth LE and LoRa, ready for your first blink.', 1, true),
  child('single-board-computers', 'Single-Board Computers', 'maker-lab', 'Small Linux computers for home labs, clusters and robots.', 2),
  top('workspace', 'Workspace', 'Everything that keeps the desk tidy and the cables sorted.', 5),
  child('desk-gear', 'Desk Gear', 'workspace', 'Standing desks, monitor arms, desk mats and lighting.', 1),
  child('cables', 'Cables & Adapters', 'workspace', 'USB-C, USB4, display and network cables that are rated honestly.', 2),
  top('books', 'Books', 'Programming books in print and e-book formats from independent publishers.', 6),
];

function top(slug: string, name: string, description: string, position: number): DemoCategory {
  return { slug, name, description, parentSlug: null, featured: false, position };
}

function child(slug: string, name: string, parentSlug: string, description: string, position: number, featured = false): DemoCategory {
  return { slug, name, description, parentSlug, featured, position };
}

// ---------------------------------------------------------------------------------------------
// Product drafting vocabulary
// ---------------------------------------------------------------------------------------------

interface AxisValue {
  /** The option value stored on the variant. */
  value: string;
  /** Shown in the variant's name. */
  label: string;
  /** Part of the SKU. */
  code: string;
  /** Added to the base price (minor units). */
  delta: number;
  /** Multiplies the base price (packs of several). */
  factor: number;
}

interface Axis {
  key: string;
  values: AxisValue[];
}

/** What a category's maker produces for one product, before stock and ids are added. */
interface Draft {
  /** Model designation, used in the name, image label and SKU ("K75"). */
  model: string;
  /** What the thing is ("Wireless Mechanical Keyboard"). */
  noun: string;
  /** Full name; defaults to "<brand> <model> <noun>". */
  name?: string;
  /** Image label; defaults to "<brand> <model>". */
  label?: string;
  /** Price of the cheapest option combination, minor units. */
  price: number;
  specs: Spec[];
  axes: Axis[];
  /** Sentences about this product; "{name}" and "{brand}" are filled in. */
  facts: string[];
}

interface Ctx {
  /** Position in the category. */
  i: number;
  /** Position among the category's regular (non-special) products; picks brand and kind. */
  turn: number;
  rng: Random;
  brand: Brand;
  /** Raised when the first name tried was already taken. */
  attempt: number;
  /** A model designation from the brand's series: model('75') -> "K75" or "Fjord 75". */
  model(number: string): string;
}

interface Special {
  brand: BrandId;
  build(ctx: Ctx): Draft;
}

interface Line {
  category: string;
  /** Two upper-case letters in every SKU of the category. */
  code: string;
  icon: Icon;
  palettes: Palette[];
  brands: BrandId[];
  count: number;
  /** General selling points that are true for every product of the category. */
  pitches: string[];
  /** Built first, with their own brands. */
  specials: Special[];
  draft(ctx: Ctx): Draft;
}

function defineLine<K>(def: Omit<Line, 'draft' | 'specials'> & { specials?: Special[]; kinds: K[]; make(kind: K, ctx: Ctx): Draft }): Line {
  const { kinds, make, specials = [], ...rest } = def;
  return { ...rest, specials, draft: (ctx) => make(kinds[ctx.turn % kinds.length], ctx) };
}

const spec = (key: string, value: string | number, unit: string | null = null): Spec => ({ key, value: String(value), unit });

function opt(value: string, code: string, delta = 0, label = capitalise(value), factor = 1): AxisValue {
  return { value, label, code, delta, factor };
}

const axis = (key: string, values: AxisValue[]): Axis => ({ key, values });

const COLOURS: Record<string, AxisValue> = {
  black: opt('black', 'BLK'),
  white: opt('white', 'WHT'),
  graphite: opt('graphite', 'GRA'),
  silver: opt('silver', 'SLV'),
  sand: opt('sand', 'SND'),
  navy: opt('navy', 'NVY'),
  olive: opt('olive', 'OLV'),
  orange: opt('orange', 'ORG'),
  teal: opt('teal', 'TEA'),
  purple: opt('purple', 'PUR'),
  charcoal: opt('charcoal', 'CHR'),
  walnut: opt('walnut', 'WAL'),
  oak: opt('oak', 'OAK'),
  slate: opt('slate', 'SLT'),
};

function colours(rng: Random, names: string[], count: number): Axis {
  return axis(
    'color',
    rng.sample(names, count).map((name) => COLOURS[name]),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const GENERIC_NUMBERS = ['2', '3', '5', '7', '9', 'Pro', 'Mini', 'X', 'S', 'Plus', 'Lite', 'One'];

// ---------------------------------------------------------------------------------------------
// Keyboards
// ---------------------------------------------------------------------------------------------

interface KeyboardKind {
  noun: string;
  num: string;
  layout: string;
  keys: number;
  wireless: boolean;
  switches: 'standard' | 'silent' | 'low-profile';
  price: number;
  weight: number;
  mount: string;
  hotSwap: boolean;
  barebones?: boolean;
}

const KEYBOARD_KINDS: KeyboardKind[] = [
  { noun: 'Wireless Mechanical Keyboard', num: '75', layout: '75%', keys: 84, wireless: true, switches: 'standard', price: 12900, weight: 980, mount: 'Gasket', hotSwap: true },
  { noun: 'Hot-Swap Mechanical Keyboard', num: '65', layout: '65%', keys: 68, wireless: false, switches: 'standard', price: 8900, weight: 720, mount: 'Tray', hotSwap: true },
  { noun: 'Tenkeyless Mechanical Keyboard', num: '87', layout: 'Tenkeyless (80%)', keys: 87, wireless: false, switches: 'standard', price: 9900, weight: 1050, mount: 'Top', hotSwap: false },
  { noun: 'Low-Profile Wireless Keyboard', num: '84', layout: '75%', keys: 84, wireless: true, switches: 'low-profile', price: 10900, weight: 610, mount: 'Plate', hotSwap: true },
  { noun: 'Full-Size Mechanical Keyboard', num: '104', layout: 'Full-size (100%)', keys: 104, wireless: false, switches: 'standard', price: 7900, weight: 1180, mount: 'Tray', hotSwap: false },
  { noun: 'Split Ergonomic Keyboard', num: 'S2', layout: 'Split 60%', keys: 70, wireless: false, switches: 'standard', price: 24900, weight: 890, mount: 'Plate', hotSwap: true },
  { noun: 'Aluminium Gasket Mechanical Keyboard', num: '75 Pro', layout: '75%', keys: 82, wireless: true, switches: 'standard', price: 34900, weight: 1850, mount: 'Gasket', hotSwap: true },
  { noun: 'Compact Mechanical Keyboard', num: '61', layout: '60%', keys: 61, wireless: false, switches: 'standard', price: 4900, weight: 560, mount: 'Tray', hotSwap: false },
  { noun: 'Ortholinear Keyboard', num: '48', layout: '40% ortholinear', keys: 48, wireless: false, switches: 'standard', price: 15900, weight: 640, mount: 'Plate', hotSwap: true, barebones: true },
  { noun: 'Silent Mechanical Keyboard', num: '96', layout: '96%', keys: 100, wireless: true, switches: 'silent', price: 13900, weight: 1120, mount: 'Gasket', hotSwap: true },
];

function switchAxis(kind: KeyboardKind): Axis {
  if (kind.switches === 'silent') {
    return axis('switch', [opt('silent red', 'SRD', 0, 'Silent red switches'), opt('silent brown', 'SBR', 0, 'Silent brown switches')]);
  }
  if (kind.switches === 'low-profile') {
    return axis('switch', [
      opt('low-profile brown', 'LBR', 0, 'Low-profile brown switches'),
      opt('low-profile red', 'LRD', 0, 'Low-profile red switches'),
      opt('low-profile blue', 'LBL', 0, 'Low-profile blue switches'),
    ]);
  }
  const values = [opt('brown', 'BRN', 0, 'Brown switches'), opt('red', 'RED', 0, 'Red switches'), opt('blue', 'BLU', 0, 'Blue switches')];
  if (kind.barebones) values.push(opt('none (barebones)', 'BARE', -Math.round(kind.price * 0.15), 'Barebones (no switches)'));
  return axis('switch', values);
}

function keyboardDraft(kind: KeyboardKind, ctx: Ctx): Draft {
  const { rng } = ctx;
  const axes = [switchAxis(kind)];
  if (rng.chance(0.5)) axes.push(colours(rng, ['black', 'white', 'graphite', 'olive'], 2));
  else if (rng.chance(0.5)) axes.push(axis('layout', [opt('ANSI', 'ANSI'), opt('ISO', 'ISO')]));
  const keycaps = rng.pick(['double-shot PBT', 'dye-sublimated PBT', 'double-shot ABS']);
  const specs = [
    spec('Layout', kind.layout),
    spec('Keys', kind.keys),
    spec('Connectivity', kind.wireless ? 'Bluetooth 5.1, 2.4 GHz dongle, USB-C' : 'USB-C (detachable)'),
    spec('Switch sockets', kind.hotSwap ? 'Hot-swappable, 3- and 5-pin' : 'Soldered'),
    spec('Keycaps', capitalise(keycaps)),
    spec('Mounting', kind.mount),
    spec('Polling rate', 1000, 'Hz'),
    kind.wireless ? spec('Battery', rng.pick([2000, 3000, 4000]), 'mAh') : spec('Cable length', 1.8, 'm'),
    spec('Weight', kind.weight + rng.int(-20, 20), 'g'),
  ].slice(0, rng.int(6, 8));
  const facts = [
    `The {name} packs a ${lowerFirst(kind.layout)} layout with ${kind.keys} keys, ${keycaps} keycaps and a ${kind.mount.toLowerCase()}-mount design.`,
    kind.hotSwap
      ? 'Hot-swappable sockets let you try new switches without picking up a soldering iron.'
      : 'The switches are soldered to a thick PCB, so the board feels solid and rattle-free.',
  ];
  if (kind.wireless) facts.push('Pair it with three machines over Bluetooth and flip between them with a key combo.');
  return { model: ctx.model(kind.num), noun: kind.noun, price: kind.price, specs, axes, facts };
}

const KEYBOARDS = defineLine({
  category: 'keyboards',
  code: 'KB',
  icon: 'keyboard',
  palettes: [
    ['#1e3a8a', '#7c3aed'],
    ['#0f172a', '#2563eb'],
    ['#312e81', '#db2777'],
    ['#134e4a', '#0ea5e9'],
  ],
  brands: ['keyforge', 'nordic', 'tactile', 'helix', 'monolith', 'glidepoint'],
  count: 24,
  pitches: [
    'Every key is remappable in the browser-based configurator, so Vim users can finally put Escape where Caps Lock used to be.',
    'Layers and macros live on the keyboard itself, so your shortcuts follow you from the work laptop to the home desktop.',
    'Factory-lubed stabilisers keep the space bar quiet during long coding sessions.',
    'It works on Linux, macOS and Windows without installing a driver.',
    'The firmware is open source, and a new keymap can be flashed from the command line.',
    'A sculpted profile keeps your fingers on the home row through a full day of typing.',
  ],
  specials: [
    {
      brand: 'tactile',
      build: (ctx) => ({
        ...keyboardDraft(KEYBOARD_KINDS[4], ctx),
        model: '100',
        name: 'Tactile Theory 100% Layout Mechanical Keyboard',
        label: '100% Layout Keyboard',
        price: 11900,
      }),
    },
    {
      brand: 'keyforge',
      build: (ctx) => ({
        ...keyboardDraft(KEYBOARD_KINDS[2], ctx),
        model: 'Kana',
        name: 'Keyforge Kana 日本語 JIS Mechanical Keyboard',
        label: 'Kana 日本語 JIS',
        axes: [switchAxis(KEYBOARD_KINDS[2]), colours(ctx.rng, ['black', 'white'], 2)],
        specs: [
          spec('Layout', 'JIS tenkeyless'),
          spec('Keys', 91),
          spec('Legends', 'Dual English and kana, dye-sublimated'),
          spec('Connectivity', 'USB-C (detachable)'),
          spec('Polling rate', 1000, 'Hz'),
          spec('Weight', 1040, 'g'),
        ],
        facts: [
          'The {name} brings the full JIS layout with kana legends, including the henkan and muhenkan keys for switching input modes.',
          'It is a natural fit for anyone localising apps for Japan or writing Japanese documentation.',
        ],
      }),
    },
  ],
  kinds: KEYBOARD_KINDS,
  make: keyboardDraft,
});

// ---------------------------------------------------------------------------------------------
// Mice
// ---------------------------------------------------------------------------------------------

interface MouseKind {
  noun: string;
  num: string;
  dpi: number;
  weight: number;
  buttons: number;
  wireless: boolean;
  price: number;
  handed: boolean;
  sensor: string;
}

const MOUSE_KINDS: MouseKind[] = [
  { noun: 'Wireless Ergonomic Mouse', num: '3', dpi: 8000, weight: 141, buttons: 7, wireless: true, price: 8900, handed: true, sensor: 'Optical' },
  { noun: 'Lightweight Wireless Mouse', num: '58', dpi: 26000, weight: 58, buttons: 5, wireless: true, price: 11900, handed: false, sensor: 'Optical' },
  { noun: 'Vertical Ergonomic Mouse', num: 'V2', dpi: 4000, weight: 125, buttons: 6, wireless: true, price: 6900, handed: true, sensor: 'Optical' },
  { noun: 'Trackball Mouse', num: 'T1', dpi: 2000, weight: 190, buttons: 5, wireless: true, price: 9900, handed: false, sensor: 'Optical, 34 mm ball' },
  { noun: 'Silent Wireless Mouse', num: 'S', dpi: 4000, weight: 85, buttons: 3, wireless: true, price: 2900, handed: false, sensor: 'Optical' },
  { noun: 'Wired Precision Mouse', num: 'P8', dpi: 16000, weight: 72, buttons: 6, wireless: false, price: 4900, handed: false, sensor: 'Optical' },
  { noun: 'Multi-Device Wireless Mouse', num: 'M4', dpi: 8000, weight: 99, buttons: 7, wireless: true, price: 7900, handed: false, sensor: 'Laser, works on glass' },
];

const MICE = defineLine({
  category: 'mice',
  code: 'MS',
  icon: 'mouse',
  palettes: [
    ['#0f766e', '#22d3ee'],
    ['#1f2937', '#10b981'],
    ['#7c2d12', '#f59e0b'],
  ],
  brands: ['glidepoint', 'tactile', 'helix', 'monolith'],
  count: 14,
  pitches: [
    'Per-application button profiles mean the side buttons can jump between editor tabs in your IDE and switch desktops everywhere else.',
    'A free-spinning scroll wheel gets you through a 5,000-line log file in one flick.',
    'The companion app is optional; the settings are stored on the mouse.',
    'Low-friction PTFE feet glide smoothly on desk mats and bare wood alike.',
  ],
  kinds: MOUSE_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const axes = [colours(rng, ['black', 'white', 'graphite', 'sand'], kind.handed ? 2 : rng.int(2, 3))];
    if (kind.handed) axes.unshift(axis('hand', [opt('right', 'RH', 0, 'Right-handed'), opt('left', 'LH', 500, 'Left-handed')]));
    const specs = [
      spec('Sensor', kind.sensor),
      spec('Maximum resolution', kind.dpi, 'DPI'),
      spec('Buttons', kind.buttons),
      spec('Connectivity', kind.wireless ? 'Bluetooth LE, 2.4 GHz receiver' : 'USB-C, braided cable'),
      spec('Polling rate', kind.wireless && kind.dpi < 10000 ? 500 : 1000, 'Hz'),
      kind.wireless ? spec('Battery life', rng.pick([70, 90, 120]), 'days') : spec('Cable length', 2, 'm'),
      spec('Weight', kind.weight, 'g'),
    ];
    const facts = [
      `The {name} weighs ${kind.weight} g and tracks at up to ${kind.dpi.toLocaleString('en-US')} DPI.`,
      kind.handed
        ? 'Its sculpted shape keeps your wrist at a natural angle, which you will notice by the end of a long debugging day.'
        : `With ${kind.buttons} buttons there is room for back, forward and a push-to-talk shortcut.`,
    ];
    return { model: ctx.model(kind.num), noun: kind.noun, price: kind.price, specs, axes, facts };
  },
});

// ---------------------------------------------------------------------------------------------
// Keycaps & switches
// ---------------------------------------------------------------------------------------------

interface KeycapKind {
  noun: string;
  num: string;
  type: 'caps' | 'switches' | 'tester';
  price: number;
  detail: string;
  force?: number;
}

const KEYCAP_KINDS: KeycapKind[] = [
  { noun: 'PBT Keycap Set for Mechanical Keyboards', num: 'Classic', type: 'caps', price: 6900, detail: 'Double-shot PBT, cylindrical mid profile' },
  { noun: 'Linear Switch Pack', num: '45L', type: 'switches', price: 1900, detail: 'linear', force: 45 },
  { noun: 'Tactile Switch Pack', num: '62T', type: 'switches', price: 2200, detail: 'tactile', force: 62 },
  { noun: 'Dye-Sub Keycap Set for Keyboards', num: 'Retro', type: 'caps', price: 4900, detail: 'Dye-sublimated PBT, spherical low profile' },
  { noun: 'Clicky Switch Pack', num: '60C', type: 'switches', price: 1900, detail: 'clicky', force: 60 },
  { noun: 'Switch Tester and Keycap Sampler', num: 'Lab', type: 'tester', price: 1900, detail: '12 switches' },
];

const KEYCAPS = defineLine({
  category: 'keycaps-switches',
  code: 'KC',
  icon: 'keyboard',
  palettes: [
    ['#4c1d95', '#f472b6'],
    ['#064e3b', '#a3e635'],
    ['#1e293b', '#f97316'],
  ],
  brands: ['nordic', 'keyforge', 'tactile'],
  count: 10,
  pitches: [
    'Everything fits standard MX-style stems, so it drops into most mechanical keyboards.',
    'Each batch is checked for consistency before it ships, so the last key feels like the first.',
    'Tuning the feel of your keyboard is the cheapest upgrade you can give the tool you use all day.',
  ],
  kinds: KEYCAP_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const model = ctx.model(kind.num);
    if (kind.type === 'switches') {
      const specs = [
        spec('Type', capitalise(kind.detail)),
        spec('Actuation force', kind.force ?? 50, 'gf'),
        spec('Total travel', rng.pick(['3.8', '4.0']), 'mm'),
        spec('Pre-travel', rng.pick(['1.8', '2.0']), 'mm'),
        spec('Pins', 5),
        spec('Factory lubed', rng.pick(['Yes', 'No'])),
      ];
      return {
        model,
        noun: kind.noun,
        price: kind.price,
        specs,
        axes: [axis('quantity', [opt('35', '35', 0, '35 switches'), opt('70', '70', 0, '70 switches', 1.9), opt('110', '110', 0, '110 switches', 2.8)])],
        facts: [`The {name} contains ${kind.detail} switches with a ${kind.force} gf actuation force and a smooth, consistent stroke.`],
      };
    }
    if (kind.type === 'tester') {
      return {
        model,
        noun: kind.noun,
        price: kind.price,
        specs: [spec('Switches', 12), spec('Keycaps', 12), spec('Base', 'Acrylic'), spec('Dimensions', '150 x 60', 'mm')],
        axes: [colours(rng, ['black', 'white', 'teal'], 2)],
        facts: ['The {name} puts twelve switch types side by side so you can feel the difference before buying a full set.'],
      };
    }
    return {
      model,
      noun: kind.noun,
      price: kind.price,
      specs: [spec('Material', kind.detail), spec('Keys', rng.pick([129, 140, 172])), spec('Thickness', 1.5, 'mm'), spec('Compatibility', 'MX-style stems, ANSI and ISO'), spec('Legends', 'Top-printed, shine-through free')],
      axes: [
        axis('colorway', rng.sample([opt('terminal', 'TRM', 0, 'Terminal green'), opt('paper', 'PAP', 0, 'Paper white'), opt('midnight', 'MID', 0, 'Midnight'), opt('sunset', 'SUN', 0, 'Sunset')], 2)),
        axis('kit', [opt('base', 'BASE', 0, 'Base kit'), opt('base + extras', 'EXT', 2500, 'Base + extras kit')]),
      ],
      facts: ['The {name} covers ANSI and ISO layouts, with extra modifiers for split and compact keyboards.'],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Webcams
// ---------------------------------------------------------------------------------------------

interface WebcamKind {
  noun: string;
  resolution: string;
  fps: number;
  fov: number;
  price: number;
}

const WEBCAM_KINDS: WebcamKind[] = [
  { noun: '1080p Webcam', resolution: '1920 x 1080', fps: 30, fov: 78, price: 4900 },
  { noun: '4K Webcam', resolution: '3840 x 2160', fps: 30, fov: 90, price: 14900 },
  { noun: '1080p60 Streaming Webcam', resolution: '1920 x 1080', fps: 60, fov: 82, price: 8900 },
  { noun: 'Webcam with Built-in Ring Light', resolution: '2560 x 1440', fps: 30, fov: 80, price: 9900 },
  { noun: 'Wide-Angle Conference Camera', resolution: '3840 x 2160', fps: 30, fov: 120, price: 19900 },
];

const WEBCAMS = defineLine({
  category: 'webcams',
  code: 'WC',
  icon: 'generic',
  palettes: [
    ['#0c4a6e', '#38bdf8'],
    ['#3f3f46', '#a78bfa'],
  ],
  brands: ['orbitcam', 'pixelgrade', 'lumenfield', 'helix'],
  count: 8,
  pitches: [
    'It is a standard UVC camera, so it works on Linux without drivers and shows up in every video-call app.',
    'A physical privacy shutter slides over the lens when the meeting ends.',
    'Automatic low-light correction keeps you visible in a dim home office during early-morning stand-ups.',
  ],
  kinds: WEBCAM_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    return {
      model: ctx.model(rng.pick(GENERIC_NUMBERS)),
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Resolution', kind.resolution, 'px'),
        spec('Frame rate', kind.fps, 'fps'),
        spec('Field of view', kind.fov, '°'),
        spec('Focus', rng.pick(['Autofocus', 'Fixed focus'])),
        spec('Microphones', rng.pick(['Dual, stereo', 'Quad beam-forming'])),
        spec('Cable length', rng.pick([1.5, 2]), 'm'),
        spec('Privacy shutter', 'Yes'),
      ],
      axes: [colours(rng, ['black', 'white'], 2), axis('bundle', [opt('camera only', 'CAM'), opt('with tripod', 'TRI', 1500, 'With tripod')])],
      facts: [`The {name} records ${kind.resolution} at ${kind.fps} fps with a ${kind.fov}° field of view, enough to share a whiteboard sketch.`],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Laptops
// ---------------------------------------------------------------------------------------------

interface LaptopKind {
  noun: string;
  num: string;
  size: number;
  resolution: string;
  hz: number;
  cpu: string;
  weight: number;
  battery: number;
  price: number;
}

const LAPTOP_KINDS: LaptopKind[] = [
  { noun: 'Developer Laptop', num: '14', size: 14, resolution: '2880 x 1800', hz: 120, cpu: '12-core, up to 5.0 GHz', weight: 1.39, battery: 72, price: 129900 },
  { noun: 'Workstation Laptop', num: '16', size: 16, resolution: '3840 x 2400', hz: 120, cpu: '16-core, up to 5.4 GHz', weight: 2.1, battery: 99, price: 219900 },
  { noun: 'Ultralight Laptop', num: '13', size: 13.3, resolution: '2560 x 1600', hz: 60, cpu: '8-core, up to 4.6 GHz', weight: 0.98, battery: 60, price: 99900 },
  { noun: 'Linux Laptop', num: '15', size: 15.6, resolution: '2560 x 1440', hz: 165, cpu: '14-core, up to 5.0 GHz', weight: 1.8, battery: 80, price: 149900 },
  { noun: 'Repairable Laptop', num: 'R13', size: 13.5, resolution: '2256 x 1504', hz: 60, cpu: '10-core, up to 4.7 GHz', weight: 1.3, battery: 55, price: 109900 },
  { noun: 'Mobile Workstation Laptop', num: '17', size: 17.3, resolution: '3840 x 2160', hz: 144, cpu: '24-core, up to 5.6 GHz', weight: 2.9, battery: 99, price: 309900 },
];

const LAPTOPS = defineLine({
  category: 'laptops',
  code: 'LT',
  icon: 'laptop',
  palettes: [
    ['#111827', '#6366f1'],
    ['#1e1b4b', '#06b6d4'],
    ['#292524', '#f59e0b'],
  ],
  brands: ['basalt', 'cobalt', 'helix'],
  count: 12,
  pitches: [
    'Every component has mainline Linux drivers, including the fingerprint reader and the webcam.',
    'The full-size backlit keyboard has 1.5 mm of travel and a proper inverted-T arrow cluster.',
    'Two USB-C ports charge the machine and drive external displays, so one cable docks it.',
    'The memory and SSD are easy to reach behind a single panel held by standard screws.',
    'Compiles stay fast under sustained load thanks to a dual-fan vapour chamber.',
  ],
  kinds: LAPTOP_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const ram = [opt('16GB', '16G', 0, '16 GB RAM'), opt('32GB', '32G', 20000, '32 GB RAM'), opt('64GB', '64G', 50000, '64 GB RAM')];
    const storage = [opt('512GB', '512G', 0, '512 GB SSD'), opt('1TB', '1T', 15000, '1 TB SSD'), opt('2TB', '2T', 35000, '2 TB SSD')];
    const large = kind.price >= 200000;
    return {
      model: ctx.model(kind.num),
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Display size', kind.size, 'in'),
        spec('Resolution', kind.resolution, 'px'),
        spec('Refresh rate', kind.hz, 'Hz'),
        spec('Processor', kind.cpu),
        spec('Battery', kind.battery, 'Wh'),
        spec('Weight', kind.weight, 'kg'),
        spec('Ports', rng.pick(['2 x USB-C (USB4), 1 x USB-A, HDMI, audio', '3 x USB-C, microSD, audio', '2 x USB4, 2 x USB-A, HDMI 2.1, RJ45'])),
        spec('Operating system', rng.pick(['Ships without an OS', 'Linux pre-installed', 'Windows or Linux, your choice'])),
      ].slice(0, rng.int(6, 8)),
      axes: [axis('ram', large ? ram.slice(1) : ram.slice(0, 2)), axis('storage', large ? storage.slice(1) : storage)],
      facts: [
        `The {name} pairs a ${kind.cpu} processor with a ${kind.size}-inch ${kind.resolution} display at ${kind.hz} Hz.`,
        `At ${kind.weight} kg with a ${kind.battery} Wh battery, it lasts through a conference day without hunting for a socket.`,
      ],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Monitors
// ---------------------------------------------------------------------------------------------

interface MonitorKind {
  noun: string;
  num: string;
  size: number;
  resolution: string;
  hz: number;
  panel: string;
  ppi: number;
  usbc: number | null;
  price: number;
  portable?: boolean;
}

const MONITOR_KINDS: MonitorKind[] = [
  { noun: '27-inch 4K USB-C Monitor', num: '27U', size: 27, resolution: '3840 x 2160', hz: 60, panel: 'IPS', ppi: 163, usbc: 90, price: 44900 },
  { noun: '32-inch 4K Monitor', num: '32K', size: 31.5, resolution: '3840 x 2160', hz: 60, panel: 'IPS', ppi: 140, usbc: 65, price: 59900 },
  { noun: '34-inch Curved Ultrawide Monitor', num: '34W', size: 34, resolution: '3440 x 1440', hz: 100, panel: 'VA', ppi: 110, usbc: 90, price: 54900 },
  { noun: '24-inch 1080p Monitor', num: '24F', size: 23.8, resolution: '1920 x 1080', hz: 75, panel: 'IPS', ppi: 93, usbc: null, price: 17900 },
  { noun: '27-inch 1440p 165 Hz Monitor', num: '27Q', size: 27, resolution: '2560 x 1440', hz: 165, panel: 'IPS', ppi: 109, usbc: null, price: 32900 },
  { noun: '16-inch Portable USB-C Monitor', num: 'Go', size: 15.6, resolution: '1920 x 1080', hz: 60, panel: 'IPS', ppi: 141, usbc: 0, price: 19900, portable: true },
  { noun: '40-inch 5K2K Ultrawide Monitor', num: '40W', size: 39.7, resolution: '5120 x 2160', hz: 72, panel: 'IPS', ppi: 140, usbc: 98, price: 129900 },
  { noun: '27-inch 5K Monitor', num: '27X', size: 27, resolution: '5120 x 2880', hz: 60, panel: 'IPS', ppi: 218, usbc: 96, price: 99900 },
  { noun: '24-inch 4K Coding Monitor', num: '24K', size: 23.8, resolution: '3840 x 2160', hz: 60, panel: 'IPS', ppi: 185, usbc: 65, price: 34900 },
];

const MONITORS = defineLine({
  category: 'monitors',
  code: 'MN',
  icon: 'monitor',
  palettes: [
    ['#0f172a', '#14b8a6'],
    ['#172554', '#818cf8'],
    ['#18181b', '#ef4444'],
  ],
  brands: ['pixelgrade', 'lumenfield', 'cobalt', 'helix'],
  count: 14,
  pitches: [
    'Text renders crisply enough that a 12 px monospace font stays readable all afternoon.',
    'The factory calibration report in the box lists the measured colour accuracy of your unit.',
    'It rotates to portrait, which is the best way to read a long diff.',
    'A flicker-free backlight and a low-blue-light mode go easy on your eyes late at night.',
  ],
  kinds: MONITOR_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const axes = kind.portable
      ? [colours(rng, ['graphite', 'silver'], 2), axis('bundle', [opt('monitor only', 'MON', 0, 'Monitor only'), opt('with folio case', 'CASE', 2000, 'With folio case')])]
      : [
          axis('stand', rng.sample([opt('tilt', 'TLT', 0, 'Tilt stand'), opt('height-adjustable', 'HAS', 3000, 'Height-adjustable stand'), opt('VESA only', 'VESA', -2000, 'VESA mount only')], rng.int(2, 3))),
          colours(rng, ['black', 'silver'], 2),
        ];
    const connection =
      kind.usbc === null
        ? spec('Inputs', 'HDMI 2.0, DisplayPort 1.4')
        : kind.usbc === 0
          ? spec('Inputs', 'USB-C (single-cable power and video), mini HDMI')
          : spec('USB-C power delivery', kind.usbc, 'W');
    return {
      model: ctx.model(kind.num),
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Screen size', kind.size, 'in'),
        spec('Resolution', kind.resolution, 'px'),
        spec('Refresh rate', kind.hz, 'Hz'),
        spec('Panel', kind.panel),
        spec('Pixel density', kind.ppi, 'ppi'),
        connection,
        spec('Brightness', rng.pick([300, 350, 400, 500]), 'cd/m²'),
      ],
      axes,
      facts: [
        `The {name} gives you ${kind.resolution} pixels on a ${kind.size}-inch ${kind.panel} panel at ${kind.ppi} ppi.`,
        kind.usbc
          ? `One USB-C cable carries video, data and ${kind.usbc} W of power to your laptop.`
          : kind.portable
            ? 'It weighs under a kilogram and runs off a single USB-C cable, a second screen for hotel-room hacking.'
            : `Its ${kind.hz} Hz refresh keeps scrolling through long files smooth.`,
      ],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Storage
// ---------------------------------------------------------------------------------------------

interface StorageKind {
  noun: string;
  num: string;
  price: number;
  capacities: AxisValue[];
  interface: string;
  form: string;
  read: number | null;
  write: number | null;
  weight: number;
  other?: 'enclosure' | 'nas';
}

const cap = (value: string, delta: number) => opt(value, value.replace('B', ''), delta, value.replace(/(\d)([GT]B)/, '$1 $2'));

const STORAGE_KINDS: StorageKind[] = [
  { noun: 'NVMe M.2 SSD', num: '7000', price: 5900, capacities: [cap('512GB', 0), cap('1TB', 3000), cap('2TB', 8000), cap('4TB', 20000)], interface: 'PCIe 4.0 x4 NVMe', form: 'M.2 2280', read: 7000, write: 6500, weight: 8 },
  { noun: 'Portable USB-C SSD', num: 'Go', price: 8900, capacities: [cap('1TB', 0), cap('2TB', 5000), cap('4TB', 14000)], interface: 'USB 3.2 Gen 2 (10 Gbps)', form: 'Pocket-size', read: 1050, write: 1000, weight: 58 },
  { noun: 'Rugged Portable SSD', num: 'R', price: 11900, capacities: [cap('1TB', 0), cap('2TB', 6000)], interface: 'USB 3.2 Gen 2x2 (20 Gbps)', form: 'IP65 rubber shell', read: 2000, write: 2000, weight: 95 },
  { noun: 'USB-C Flash Drive', num: 'Key', price: 1900, capacities: [cap('128GB', 0), cap('256GB', 1000), cap('512GB', 3000)], interface: 'USB 3.2 Gen 1 (5 Gbps)', form: 'Keyring', read: 400, write: 200, weight: 9 },
  { noun: 'Two-Bay Home Lab NAS', num: 'N2', price: 29900, capacities: [opt('diskless', 'DL', 0, 'Diskless'), opt('2 x 4TB', '2X4T', 22000, '2 x 4 TB'), opt('2 x 8TB', '2X8T', 38000, '2 x 8 TB')], interface: '2.5 GbE, 2 x USB-C', form: 'Desktop, 2 x 3.5-inch bays', read: null, write: null, weight: 1800, other: 'nas' },
  { noun: 'NVMe SSD Enclosure', num: 'E', price: 3900, capacities: [], interface: 'USB-C', form: 'M.2 2230 to 2280', read: null, write: null, weight: 42, other: 'enclosure' },
];

const STORAGE = defineLine({
  category: 'storage',
  code: 'ST',
  icon: 'storage',
  palettes: [
    ['#1c1917', '#84cc16'],
    ['#082f49', '#22c55e'],
    ['#27272a', '#eab308'],
  ],
  brands: ['stackhaus', 'bitcellar', 'helix', 'cobalt'],
  count: 12,
  pitches: [
    'Big enough for a handful of Docker images, a local LLM or two and every node_modules folder you forgot to delete.',
    'Sustained writes stay fast, so restoring a database dump does not crawl after the first few gigabytes.',
    'SMART data and firmware updates are available from the command line on every platform.',
  ],
  kinds: STORAGE_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    let axes: Axis[];
    if (kind.other === 'enclosure') {
      axes = [axis('interface', [opt('10 Gbps', '10G', 0, 'USB 10 Gbps'), opt('40 Gbps', '40G', 4000, 'USB4 40 Gbps')]), colours(rng, ['black', 'silver'], 2)];
    } else if (kind.other === 'nas') {
      axes = [axis('drives', kind.capacities)];
    } else {
      axes = [axis('capacity', kind.capacities)];
    }
    const specs = [spec('Interface', kind.interface), spec('Form factor', kind.form)];
    if (kind.read !== null) specs.push(spec('Sequential read', kind.read, 'MB/s'));
    if (kind.write !== null) specs.push(spec('Sequential write', kind.write, 'MB/s'));
    if (kind.other === 'nas') specs.push(spec('Memory', 4, 'GB'), spec('Idle power', 9, 'W'));
    if (kind.other === 'enclosure') specs.push(spec('Maximum throughput', '40', 'Gbps'), spec('Cooling', 'Aluminium shell with thermal pad'));
    specs.push(spec('Weight', kind.weight, 'g'), spec('Warranty', rng.pick([3, 5]), 'years'));
    const facts = [
      kind.read !== null
        ? `The {name} reads at up to ${kind.read.toLocaleString('en-US')} MB/s over ${kind.interface}.`
        : kind.other === 'nas'
          ? 'The {name} runs a plain Linux with SSH access, so it can host Git mirrors, backups and a few containers.'
          : 'The {name} turns any spare NVMe drive into a fast, tool-free pocket drive.',
    ];
    return { model: ctx.model(kind.num), noun: kind.noun, price: kind.price, specs, axes, facts };
  },
});

// ---------------------------------------------------------------------------------------------
// Headphones
// ---------------------------------------------------------------------------------------------

interface HeadphoneKind {
  noun: string;
  driver: number;
  anc: boolean;
  wireless: boolean;
  battery: number | null;
  impedance: number;
  weight: number;
  price: number;
}

const HEADPHONE_KINDS: HeadphoneKind[] = [
  { noun: 'Over-Ear ANC Headphones', driver: 40, anc: true, wireless: true, battery: 40, impedance: 32, weight: 254, price: 24900 },
  { noun: 'Wireless Studio Headphones', driver: 45, anc: false, wireless: true, battery: 60, impedance: 32, weight: 280, price: 17900 },
  { noun: 'Open-Back Headphones', driver: 50, anc: false, wireless: false, battery: null, impedance: 150, weight: 320, price: 32900 },
  { noun: 'True Wireless ANC Earbuds', driver: 11, anc: true, wireless: true, battery: 8, impedance: 16, weight: 5, price: 14900 },
  { noun: 'Closed-Back Monitoring Headphones', driver: 45, anc: false, wireless: false, battery: null, impedance: 38, weight: 290, price: 9900 },
  { noun: 'USB-C Headset with Boom Mic', driver: 40, anc: false, wireless: false, battery: null, impedance: 32, weight: 220, price: 5900 },
  { noun: 'Planar Magnetic Headphones', driver: 80, anc: false, wireless: false, battery: null, impedance: 32, weight: 410, price: 44900 },
];

function headphoneDraft(kind: HeadphoneKind, ctx: Ctx): Draft {
  const { rng } = ctx;
  const axes = [colours(rng, ['black', 'sand', 'navy', 'white'], kind.wireless ? rng.int(2, 3) : 2)];
  if (!kind.wireless) axes.push(axis('cable', [opt('straight', 'STR', 0, 'Straight cable'), opt('coiled', 'COIL', 1000, 'Coiled cable')]));
  const specs = [
    spec('Driver', kind.driver, 'mm'),
    spec('Frequency response', kind.driver >= 50 ? '5-40000' : '20-20000', 'Hz'),
    spec('Impedance', kind.impedance, 'Ω'),
    spec('Active noise cancellation', kind.anc ? 'Yes' : 'No'),
    kind.battery !== null ? spec('Battery life', kind.battery, 'h') : spec('Cable length', rng.pick([1.2, 2, 3]), 'm'),
    spec('Connectivity', kind.wireless ? 'Bluetooth 5.3, USB-C audio' : kind.noun.includes('USB-C') ? 'USB-C' : '3.5 mm with 6.35 mm adapter'),
    spec('Weight', kind.weight, 'g'),
  ];
  const facts = [
    kind.anc
      ? 'With the {name}, open-plan chatter and air-conditioning hum fade away, so you can stay in flow for hours.'
      : kind.impedance >= 100
        ? 'Expect a wide, natural soundstage from the {name}; a decent DAC brings out the best in them.'
        : `Inside the {name} sit ${kind.driver} mm drivers tuned for a balanced sound you will not tire of.`,
  ];
  if (kind.battery !== null) facts.push(`A single charge lasts about ${kind.battery} hours, and ten minutes on USB-C adds several more.`);
  if (kind.wireless) facts.push('Multipoint pairing keeps your laptop and phone connected at once, so a call never interrupts your music for long.');
  return { model: ctx.model(rng.pick(GENERIC_NUMBERS)), noun: kind.noun, price: kind.price, specs, axes, facts };
}

const HEADPHONES = defineLine({
  category: 'headphones',
  code: 'HP',
  icon: 'headphones',
  palettes: [
    ['#3b0764', '#c084fc'],
    ['#0f172a', '#f43f5e'],
    ['#422006', '#fbbf24'],
  ],
  brands: ['quietwave', 'ferrite', 'sonicloom', 'monolith'],
  count: 14,
  pitches: [
    'A light, low-pressure fit stays comfortable through back-to-back meetings.',
    'Spare ear pads and tips are sold separately, so these last for years.',
    'Every pair is measured against its target curve before it leaves the factory.',
  ],
  specials: [
    {
      brand: 'quietwave',
      build: (ctx) => ({
        ...headphoneDraft(HEADPHONE_KINDS[0], ctx),
        model: 'Über-Quiet',
        name: 'Quietwave Über-Quiet ANC Headphones',
        label: 'Über-Quiet ANC',
        price: 29900,
      }),
    },
  ],
  kinds: HEADPHONE_KINDS,
  make: headphoneDraft,
});

// ---------------------------------------------------------------------------------------------
// Audio interfaces & microphones
// ---------------------------------------------------------------------------------------------

interface AudioKind {
  noun: string;
  num: string;
  type: 'interface' | 'mic' | 'mixer';
  inputs: number;
  outputs: number;
  rate: number;
  price: number;
}

const AUDIO_KINDS: AudioKind[] = [
  { noun: '2x2 USB-C Audio Interface', num: '2i2', type: 'interface', inputs: 2, outputs: 2, rate: 192, price: 12900 },
  { noun: 'USB-C Podcast Microphone', num: 'P1', type: 'mic', inputs: 1, outputs: 1, rate: 48, price: 9900 },
  { noun: '4x4 Audio Interface', num: '4i4', type: 'interface', inputs: 4, outputs: 4, rate: 192, price: 24900 },
  { noun: 'Dynamic XLR Microphone', num: 'D7', type: 'mic', inputs: 1, outputs: 1, rate: 0, price: 12900 },
  { noun: 'Compact Streaming Mixer', num: 'Mix', type: 'mixer', inputs: 4, outputs: 2, rate: 48, price: 19900 },
  { noun: '8-Channel Audio Interface', num: '8i8', type: 'interface', inputs: 8, outputs: 8, rate: 96, price: 59900 },
];

const AUDIO_INTERFACES = defineLine({
  category: 'audio-interfaces',
  code: 'AI',
  icon: 'audio',
  palettes: [
    ['#450a0a', '#fb7185'],
    ['#1e1b4b', '#facc15'],
  ],
  brands: ['sonicloom', 'ferrite'],
  count: 8,
  pitches: [
    'Class-compliant USB audio means it works on Linux, macOS and Windows without a driver.',
    'Sound like you mean it in your next conference talk, podcast or screen-cast tutorial.',
    'Zero-latency monitoring lets you hear yourself without the distracting echo.',
  ],
  kinds: AUDIO_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const model = ctx.model(kind.num);
    if (kind.type === 'mic') {
      return {
        model,
        noun: kind.noun,
        price: kind.price,
        specs: [
          spec('Capsule', kind.rate ? 'Condenser, 25 mm' : 'Dynamic'),
          spec('Polar pattern', 'Cardioid'),
          spec('Frequency response', '50-16000', 'Hz'),
          kind.rate ? spec('Sample rate', kind.rate, 'kHz') : spec('Output', 'XLR'),
          spec('Connection', kind.rate ? 'USB-C with headphone jack' : 'XLR'),
          spec('Weight', rng.pick([410, 550, 620]), 'g'),
        ],
        axes: [colours(rng, ['black', 'white', 'slate'], 2), axis('bundle', [opt('microphone only', 'MIC', 0, 'Microphone only'), opt('with boom arm', 'ARM', 3900, 'With boom arm')])],
        facts: ['The {name} rejects keyboard clatter from the side, so your mechanical switches stay out of the recording.'],
      };
    }
    return {
      model,
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Inputs', kind.inputs),
        spec('Outputs', kind.outputs),
        spec('Sample rate', kind.rate, 'kHz'),
        spec('Bit depth', 24, 'bit'),
        spec('Preamp gain', rng.pick([56, 60, 65]), 'dB'),
        spec('Connection', kind.type === 'mixer' ? 'USB-C, 2 x 3.5 mm' : 'USB-C (bus-powered)'),
        spec('Weight', rng.pick([380, 520, 940]), 'g'),
      ],
      axes: [colours(rng, ['black', 'slate', 'orange'], 2), axis('bundle', [opt('standalone', 'SOLO', 0, 'Standalone'), opt('studio bundle', 'STU', 9900, 'Studio bundle (mic + headphones)')])],
      facts: [`The {name} records ${kind.inputs} channel${kind.inputs > 1 ? 's' : ''} at up to ${kind.rate} kHz with quiet, clean preamps.`],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Microcontrollers
// ---------------------------------------------------------------------------------------------

interface McuKind {
  noun: string;
  num: string;
  core: string;
  mhz: number;
  flash: string;
  sram: number;
  gpio: number;
  wireless: string;
  price: number;
  type: 'board' | 'kit' | 'display';
  /** The chip the board is built around, when it is a well-known one (found by search). */
  chip?: string;
}

const MCU_KINDS: McuKind[] = [
  { noun: 'Dual-Core Wi-Fi Dev Board', num: 'W2', core: 'Dual-core 32-bit Xtensa', chip: 'ESP32-S3', mhz: 240, flash: '8', sram: 512, gpio: 30, wireless: 'Wi-Fi 4, Bluetooth LE 5', price: 990, type: 'board' },
  { noun: 'Bluetooth LE Microcontroller Board', num: 'B5', core: 'Single-core 32-bit', mhz: 64, flash: '1', sram: 256, gpio: 21, wireless: 'Bluetooth LE 5.3', price: 1490, type: 'board' },
  { noun: 'RISC-V Microcontroller Board', num: 'RV', core: 'Single-core RISC-V', mhz: 160, flash: '4', sram: 400, gpio: 22, wireless: 'Wi-Fi 6, Bluetooth LE', price: 690, type: 'board' },
  { noun: 'Tiny USB-C Microcontroller', num: 'Nano', core: 'Dual-core 32-bit', mhz: 133, flash: '2', sram: 264, gpio: 13, wireless: 'None', price: 390, type: 'board' },
  { noun: 'LoRa Long-Range Dev Board', num: 'LR', core: '32-bit low-power', mhz: 48, flash: '0.25', sram: 32, gpio: 20, wireless: 'LoRa 868/915 MHz', price: 2490, type: 'board' },
  { noun: 'Microcontroller Starter Kit', num: 'Kit', core: 'Dual-core 32-bit', mhz: 133, flash: '2', sram: 264, gpio: 26, wireless: 'Wi-Fi 4', price: 4900, type: 'kit' },
  { noun: 'E-Paper Display Dev Board', num: 'Ink', core: 'Dual-core 32-bit Xtensa', chip: 'ESP32-S3', mhz: 240, flash: '4', sram: 512, gpio: 12, wireless: 'Wi-Fi 4, Bluetooth LE 5', price: 2990, type: 'display' },
];

const MICROCONTROLLERS = defineLine({
  category: 'microcontrollers',
  code: 'MC',
  icon: 'chip',
  palettes: [
    ['#052e16', '#4ade80'],
    ['#0c0a09', '#22d3ee'],
    ['#1e3a8a', '#34d399'],
  ],
  brands: ['voltkit', 'orchard', 'breadboard'],
  count: 14,
  pitches: [
    'Program it in C, Rust or MicroPython; the board shows up as a USB drive for drag-and-drop flashing.',
    'Breadboard-friendly pin spacing and clear silkscreen labels save a trip to the datasheet.',
    'Deep-sleep current is low enough to run a sensor for months on a coin cell.',
    'Example projects on the product wiki go from blinking an LED to publishing MQTT telemetry.',
  ],
  kinds: MCU_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    let axes: Axis[];
    if (kind.type === 'kit') {
      axes = [axis('kit', [opt('starter', 'STR', 0, 'Starter kit'), opt('starter + soldering station', 'SOLD', 2500, 'Starter kit + soldering station')])];
    } else if (kind.type === 'display') {
      axes = [axis('display', [opt('2.9-inch', '29', 0, '2.9-inch display'), opt('4.2-inch', '42', 1000, '4.2-inch display')]), colours(rng, ['black', 'white'], 2)];
    } else {
      axes = [
        axis('headers', [opt('without headers', 'NH', 0, 'Without headers'), opt('pre-soldered headers', 'PH', 200, 'Pre-soldered headers')]),
        axis('pack', [opt('single', '1P', 0, 'Single'), opt('3-pack', '3P', 0, '3-pack', 2.7)]),
      ];
    }
    return {
      model: ctx.model(kind.num),
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Processor', kind.chip ? `${kind.chip} (${lowerFirst(kind.core)})` : kind.core),
        spec('Clock speed', kind.mhz, 'MHz'),
        spec('Flash', kind.flash, 'MB'),
        spec('SRAM', kind.sram, 'KB'),
        spec('GPIO pins', kind.gpio),
        spec('Wireless', kind.wireless),
        spec('Logic level', 3.3, 'V'),
        spec('Dimensions', rng.pick(['51 x 21', '18 x 23', '52 x 28']), 'mm'),
      ].slice(0, rng.int(6, 8)),
      axes,
      facts: [
        kind.type === 'kit'
          ? 'The {name} bundles a dev board, a breadboard, jumper wires and a dozen sensors with a printed guide to twenty projects.'
          : `The {name} is built around ${kind.chip ? `an ${kind.chip}, a ${lowerFirst(kind.core)}` : `a ${lowerFirst(kind.core)}`} chip at ${kind.mhz} MHz, with ${kind.gpio} GPIO pins${kind.wireless === 'None' ? '' : ` and ${kind.wireless}`}.`,
      ],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Single-board computers
// ---------------------------------------------------------------------------------------------

interface SbcKind {
  noun: string;
  num: string;
  cpu: string;
  ram: AxisValue[];
  net: string;
  price: number;
  power: number;
}

const ramOpt = (value: string, delta: number) => opt(value, value.replace('B', ''), delta, `${value.replace(/(\d)([MG]B)/, '$1 $2')} RAM`);

const SBC_KINDS: SbcKind[] = [
  { noun: 'Quad-Core Single-Board Computer', num: '4', cpu: 'Quad-core 64-bit, 2.4 GHz', ram: [ramOpt('2GB', 0), ramOpt('4GB', 1000), ramOpt('8GB', 3000)], net: 'Gigabit Ethernet, Wi-Fi 5', price: 3500, power: 15 },
  { noun: 'Octa-Core SBC with NPU', num: '8', cpu: '8-core 64-bit, 2.2 GHz, 6 TOPS NPU', ram: [ramOpt('4GB', 0), ramOpt('8GB', 2000), ramOpt('16GB', 5000)], net: '2.5 GbE, Wi-Fi 6', price: 8900, power: 25 },
  { noun: 'Compute Module', num: 'CM', cpu: 'Quad-core 64-bit, 1.8 GHz', ram: [ramOpt('2GB', 0), ramOpt('4GB', 1000), ramOpt('8GB', 3000), ramOpt('16GB', 6000)], net: 'Gigabit Ethernet PHY', price: 4500, power: 10 },
  { noun: 'Fanless Home Lab Mini Server', num: 'Lab', cpu: '8-core 64-bit, 3.0 GHz', ram: [ramOpt('8GB', 0), ramOpt('16GB', 3000), ramOpt('32GB', 9000)], net: '2 x 2.5 GbE, Wi-Fi 6', price: 19900, power: 35 },
  { noun: 'Zero-Size Single-Board Computer', num: 'Zero', cpu: 'Quad-core 64-bit, 1.0 GHz', ram: [ramOpt('512MB', 0), ramOpt('1GB', 500)], net: 'Wi-Fi 4, Bluetooth 4.2', price: 1500, power: 5 },
];

const SBCS = defineLine({
  category: 'single-board-computers',
  code: 'SB',
  icon: 'chip',
  palettes: [
    ['#14532d', '#a3e635'],
    ['#2e1065', '#38bdf8'],
  ],
  brands: ['orchard', 'basalt', 'voltkit'],
  count: 8,
  pitches: [
    'Mainline kernel support means you can run a current Debian image instead of a vendor fork.',
    'Perfect for a Pi-hole-style DNS filter, a Home Assistant box or a small Kubernetes-style cluster at home.',
    'Boots from NVMe or USB as well as microSD, so your home-lab services survive a power cut.',
  ],
  kinds: SBC_KINDS,
  make(kind, ctx) {
    const { rng } = ctx;
    const axes = [axis('ram', kind.ram.length > 3 ? rng.sample(kind.ram, 3) : kind.ram)];
    if (kind.num === 'CM') axes.push(axis('emmc', [opt('no eMMC', 'LITE', 0, 'No eMMC'), opt('32GB eMMC', '32E', 1500, '32 GB eMMC')]));
    return {
      model: ctx.model(kind.num),
      noun: kind.noun,
      price: kind.price,
      specs: [
        spec('Processor', kind.cpu),
        spec('Memory type', 'LPDDR4X'),
        spec('Storage', kind.num === 'Zero' ? 'microSD' : 'microSD, M.2 NVMe'),
        spec('Networking', kind.net),
        spec('GPIO header', 40, 'pins'),
        spec('Power input', kind.power, 'W'),
        spec('Video output', rng.pick(['2 x micro-HDMI, up to 4K60', '1 x HDMI 2.1, up to 8K30', 'Mini HDMI, 1080p'])),
      ].slice(0, rng.int(5, 7)),
      axes,
      facts: [`The {name} pairs a ${lowerFirst(kind.cpu)} processor with ${kind.net.replace(/, ([^,]*)$/, ' and $1')}, and draws about ${kind.power} W.`],
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Cables & adapters
// ---------------------------------------------------------------------------------------------

interface CableKind {
  noun: string;
  num: string;
  a: string;
  b: string;
  data: string;
  dataUnit: string;
  power: number | null;
  lengths: string[];
  price: number;
}

/** Each step up in length costs about a fifth more, in whole dollars. */
const lengthOpt = (value: string, base: number, index: number) =>
  opt(value, value.replace('.', '').toUpperCase(), index * Math.max(200, Math.round((base * 0.2) / 100) * 100), value.replace('m', ' m'));

const CABLE_KINDS: CableKind[] = [
  { noun: '240W USB-C to USB-C Cable', num: '240', a: 'USB-C', b: 'USB-C', data: '480', dataUnit: 'Mbps', power: 240, lengths: ['1m', '2m'], price: 1990 },
  { noun: 'USB4 40Gbps Cable', num: '40', a: 'USB-C', b: 'USB-C', data: '40', dataUnit: 'Gbps', power: 100, lengths: ['0.5m', '1m'], price: 2990 },
  { noun: 'USB-C to USB-A Cable', num: 'CA', a: 'USB-C', b: 'USB-A', data: '10', dataUnit: 'Gbps', power: 60, lengths: ['1m', '2m', '3m'], price: 1290 },
  { noun: 'Coiled Keyboard Cable', num: 'Coil', a: 'USB-C', b: 'USB-A via aviator connector', data: '480', dataUnit: 'Mbps', power: null, lengths: ['1.5m'], price: 3490 },
  { noun: 'DisplayPort 1.4 Cable', num: 'DP', a: 'DisplayPort', b: 'DisplayPort', data: '32.4', dataUnit: 'Gbps', power: null, lengths: ['1m', '2m', '3m'], price: 1690 },
  { noun: 'Cat6a Ethernet Patch Cable', num: '6A', a: 'RJ45', b: 'RJ45', data: '10', dataUnit: 'Gbps', power: null, lengths: ['0.5m', '1m', '2m', '5m'], price: 990 },
];

function cableDraft(kind: CableKind, ctx: Ctx): Draft {
  const { rng } = ctx;
  const lengths = kind.lengths.map((l, i) => lengthOpt(l, kind.price, i));
  const axes: Axis[] = [];
  if (lengths.length > 1) axes.push(axis('length', lengths));
  axes.push(colours(rng, ['black', 'white', 'orange', 'purple', 'teal'], lengths.length > 1 ? 2 : 3));
  const specs = [
    spec('Connector A', kind.a),
    spec('Connector B', kind.b),
    spec('Data rate', kind.data, kind.dataUnit),
    kind.power !== null ? spec('Power delivery', kind.power, 'W') : spec('Shielding', 'Double-shielded'),
    spec('Jacket', rng.pick(['Braided nylon', 'Soft-touch silicone', 'TPE'])),
    spec('Conductor gauge', rng.pick([24, 26, 28]), 'AWG'),
  ];
  if (lengths.length === 1) specs.push(spec('Length', kind.lengths[0].replace('m', ''), 'm'));
  return {
    model: ctx.model(kind.num),
    noun: kind.noun,
    price: kind.price,
    specs,
    axes,
    facts: [
      kind.power !== null
        ? `The {name} moves data at ${kind.data} ${kind.dataUnit} and carries up to ${kind.power} W, with the rating printed on the connector.`
        : `The {name} is rated for ${kind.data} ${kind.dataUnit} and tested end to end before it ships.`,
    ],
  };
}

const CABLES = defineLine({
  category: 'cables',
  code: 'CB',
  icon: 'cable',
  palettes: [
    ['#78350f', '#fb923c'],
    ['#164e63', '#2dd4bf'],
    ['#3f3f46', '#e879f9'],
  ],
  brands: ['copperline', 'braidwire', 'voltkit', 'breadboard'],
  count: 12,
  pitches: [
    'No more guessing which cable in the drawer does what: the speed and wattage are printed on the sleeve.',
    'Strain-relief collars survive being yanked out of a laptop bag thousands of times.',
    'A reusable hook-and-loop tie keeps it tidy in your travel kit.',
  ],
  specials: [
    {
      brand: 'copperline',
      build: (ctx) => ({
        ...cableDraft(CABLE_KINDS[0], ctx),
        model: 'Sync',
        name: 'Copperline Sync & Charge USB-C Cable',
        label: 'Sync & Charge',
        price: 1490,
        facts: ['The {name} syncs your phone and charges it at up to 100 W from a single port, whether you are tethering or flashing firmware.'],
      }),
    },
  ],
  kinds: CABLE_KINDS,
  make: cableDraft,
});

// ---------------------------------------------------------------------------------------------
// Desk gear
// ---------------------------------------------------------------------------------------------

interface DeskKind {
  noun: string;
  num: string;
  price: number;
  axes(rng: Random): Axis[];
  specs(rng: Random): Spec[];
  fact: string;
}

const DESK_MAT_SIZES = [opt('M', 'M', 0, 'Medium (70 x 30 cm)'), opt('L', 'L', 600, 'Large (90 x 40 cm)'), opt('XL', 'XL', 1400, 'Extra large (120 x 60 cm)')];

const DESK_KINDS: DeskKind[] = [
  {
    noun: 'Electric Standing Desk Frame',
    num: 'E2',
    price: 49900,
    axes: (rng) => [colours(rng, ['black', 'white'], 2), axis('top', [opt('frame only', 'FRM', 0, 'Frame only'), opt('with 160 x 80 cm bamboo top', 'BAM', 15000, 'With bamboo top')])],
    specs: (rng) => [spec('Height range', '62-127', 'cm'), spec('Maximum load', rng.pick([100, 120, 140]), 'kg'), spec('Motors', 2), spec('Memory presets', 4), spec('Noise level', 45, 'dB'), spec('Weight', 32, 'kg')],
    fact: 'The {name} glides from sitting to standing height in about twenty seconds and remembers four positions.',
  },
  {
    noun: 'Felt Desk Mat',
    num: 'F1',
    price: 2900,
    axes: (rng) => [axis('size', rng.sample(DESK_MAT_SIZES, rng.int(2, 3))), colours(rng, ['charcoal', 'sand', 'olive'], 2)],
    specs: () => [spec('Material', 'Merino wool felt'), spec('Backing', 'Natural rubber'), spec('Thickness', 4, 'mm'), spec('Edges', 'Stitched')],
    fact: 'The {name} dampens keyboard noise and gives your mouse a smooth, even surface.',
  },
  {
    noun: 'Gas-Spring Monitor Arm',
    num: 'A3',
    price: 11900,
    axes: (rng) => [axis('arms', [opt('single', '1A', 0, 'Single arm'), opt('dual', '2A', 6000, 'Dual arm')]), colours(rng, ['black', 'white', 'silver'], 2)],
    specs: (rng) => [spec('Maximum screen size', 34, 'in'), spec('Load per arm', '2-9', 'kg'), spec('VESA patterns', '75 x 75, 100 x 100'), spec('Clamp range', '10-85', 'mm'), spec('Reach', rng.pick([480, 510, 560]), 'mm')],
    fact: 'The {name} frees up desk space and lets you swing the screen into portrait mode for code review.',
  },
  {
    noun: 'Monitor Light Bar',
    num: 'B1',
    price: 5900,
    axes: (rng) => [colours(rng, ['black', 'silver', 'white'], 2), axis('control', [opt('on-bar touch', 'TCH', 0, 'Touch controls'), opt('wireless dial', 'DIAL', 2000, 'Wireless dial')])],
    specs: () => [spec('Colour temperature', '2700-6500', 'K'), spec('Illuminance', 500, 'lx'), spec('Power', 'USB-C, 5 W'), spec('Length', 45, 'cm'), spec('Weight', 480, 'g')],
    fact: 'The {name} lights your desk without putting glare on the screen, easy on the eyes during late-night deploys.',
  },
  {
    noun: 'Aluminium Laptop Stand',
    num: 'S2',
    price: 4900,
    axes: (rng) => [colours(rng, ['silver', 'graphite', 'black'], 2), axis('style', [opt('fixed', 'FIX', 0, 'Fixed height'), opt('adjustable', 'ADJ', 1500, 'Adjustable height')])],
    specs: (rng) => [spec('Height range', '12-22', 'cm'), spec('Maximum load', 8, 'kg'), spec('Fits laptops', '11-17', 'in'), spec('Weight', rng.pick([640, 780, 920]), 'g')],
    fact: 'The {name} raises your laptop screen to eye level, which your neck will thank you for.',
  },
  {
    noun: 'Under-Desk Cable Tray',
    num: 'T6',
    price: 3900,
    axes: (rng) => [axis('length', [opt('60 cm', '60', 0, '60 cm'), opt('90 cm', '90', 1000, '90 cm')]), colours(rng, ['black', 'white'], 2)],
    specs: () => [spec('Depth', 120, 'mm'), spec('Material', 'Powder-coated steel'), spec('Mounting', 'Screws or clamps'), spec('Maximum load', 10, 'kg')],
    fact: 'The {name} hides power bricks and cable spaghetti out of sight, and out of the way of your knees.',
  },
  {
    noun: 'Keyboard Wrist Rest',
    num: 'W1',
    price: 2490,
    axes: () => [axis('size', [opt('compact', 'CMP', 0, 'Compact (60-75%)'), opt('full-size', 'FUL', 500, 'Full-size')]), axis('wood', [opt('walnut', 'WAL'), opt('oak', 'OAK')])],
    specs: () => [spec('Material', 'Solid hardwood, oil finish'), spec('Height', 18, 'mm'), spec('Depth', 80, 'mm'), spec('Feet', 'Non-slip silicone')],
    fact: 'The {name} matches the height of most mechanical keyboards, so your wrists stay straight.',
  },
  {
    noun: 'Headphone Stand with USB Hub',
    num: 'H2',
    price: 3990,
    axes: (rng) => [colours(rng, ['black', 'walnut', 'white'], 2), axis('hub', [opt('USB-A', 'UA', 0, 'USB-A hub'), opt('USB-C', 'UC', 500, 'USB-C hub')])],
    specs: () => [spec('Ports', '3 x USB, 3.5 mm'), spec('Height', 27, 'cm'), spec('Base', 'Weighted aluminium'), spec('Weight', 650, 'g')],
    fact: 'The {name} keeps your headphones off the desk and adds three USB ports within reach.',
  },
];

function deskDraft(kind: DeskKind, ctx: Ctx): Draft {
  return {
    model: ctx.model(kind.num),
    noun: kind.noun,
    price: kind.price,
    specs: kind.specs(ctx.rng),
    axes: kind.axes(ctx.rng),
    facts: [kind.fact],
  };
}

const DESK_GEAR = defineLine({
  category: 'desk-gear',
  code: 'DG',
  icon: 'desk',
  palettes: [
    ['#44403c', '#d6d3d1'],
    ['#365314', '#bef264'],
    ['#1e293b', '#94a3b8'],
  ],
  // One brand per kind, in DESK_KINDS order: the light bar from the lighting brand, and so on.
  brands: ['standfast', 'glidepoint', 'standfast', 'lumenfield', 'stackhaus', 'copperline', 'deskwright', 'monolith'],
  count: 16,
  pitches: [
    'Built from durable materials and backed by a five-year warranty.',
    'It ships flat in recyclable cardboard, with no foam and no single-use plastic.',
    'A tidy desk is one fewer context switch: this is the upgrade you stop noticing because it just works.',
  ],
  specials: [
    {
      brand: 'deskwright',
      build: (ctx) => ({
        ...deskDraft(DESK_KINDS[1], ctx),
        model: "Hacker's",
        name: "Deskwright Hacker's Desk Mat",
        label: "Hacker's Desk Mat",
        price: 3400,
        facts: ["The {name} is printed with a faint cheat sheet of Git, tmux and shell shortcuts, so the answer is always under your mouse."],
      }),
    },
    {
      brand: 'deskwright',
      build: (ctx) => ({
        model: 'Café',
        noun: 'Walnut Monitor Riser',
        name: 'Deskwright Café Walnut Monitor Riser',
        label: 'Café Walnut Riser',
        price: 7900,
        specs: [spec('Material', 'Solid walnut'), spec('Height', 10, 'cm'), spec('Maximum load', 25, 'kg'), spec('Depth', 24, 'cm')],
        axes: [axis('width', [opt('60 cm', '60', 0, '60 cm wide'), opt('80 cm', '80', 1500, '80 cm wide')]), colours(ctx.rng, ['walnut', 'oak'], 2)],
        facts: ['The {name} lifts your monitor to a healthier height and leaves a shelf underneath for the keyboard at the end of the day.'],
      }),
    },
  ],
  kinds: DESK_KINDS,
  make: deskDraft,
});

// ---------------------------------------------------------------------------------------------
// Books
// ---------------------------------------------------------------------------------------------

interface BookKind {
  title: string;
  author: string;
  publisher: BrandId;
  pages: number;
  year: number;
  level: 'Beginner' | 'Intermediate' | 'Advanced';
  price: number;
  blurb: string;
}

const BOOK_KINDS: BookKind[] = [
  { title: 'Designing Data-Heavy Services', author: 'Maren Holt', publisher: 'nullpointer', pages: 544, year: 2023, level: 'Advanced', price: 5499, blurb: 'how replication, partitioning and queues behave when the traffic is real' },
  { title: 'The Terminal Craftsperson', author: 'Idris Okafor', publisher: 'tabsspaces', pages: 312, year: 2022, level: 'Beginner', price: 3499, blurb: 'the shell, pipes and small tools that make the command line feel like home' },
  { title: 'Rust Without Fear', author: 'Lena Kowalczyk', publisher: 'lambdaleaf', pages: 488, year: 2024, level: 'Intermediate', price: 4999, blurb: 'ownership, lifetimes and async Rust through projects you would actually ship' },
  { title: 'TypeScript at Scale', author: 'Daniel Ferreira', publisher: 'tabsspaces', pages: 402, year: 2024, level: 'Intermediate', price: 4499, blurb: 'type-level modelling, monorepos and keeping a large codebase fast to change' },
  { title: 'snake_case: Clean Python Naming and Style', author: 'Priya Raman', publisher: 'nullpointer', pages: 236, year: 2023, level: 'Beginner', price: 2999, blurb: 'naming, structure and idioms that make Python code pleasant to review' },
  { title: 'Concurrency Patterns in Go', author: 'Tomasz Wiśniewski', publisher: 'lambdaleaf', pages: 356, year: 2022, level: 'Intermediate', price: 3999, blurb: 'goroutines, channels and cancellation without the deadlocks' },
  { title: 'Distributed Systems for Busy Engineers', author: 'Amara Nwosu', publisher: 'nullpointer', pages: 420, year: 2024, level: 'Advanced', price: 4999, blurb: 'consensus, clocks and failure modes explained with production war stories' },
  { title: 'Postgres Performance Field Guide', author: 'Henrik Lund', publisher: 'tabsspaces', pages: 298, year: 2023, level: 'Intermediate', price: 3999, blurb: 'reading query plans, choosing indexes and tuning vacuum before the pager goes off' },
  { title: 'Embedded C from Blink to Bootloader', author: 'Sofia Marchetti', publisher: 'lambdaleaf', pages: 376, year: 2021, level: 'Intermediate', price: 3999, blurb: 'registers, interrupts and linker scripts on real microcontrollers' },
  { title: 'Refactoring Legacy Frontends', author: 'Jonas Becker', publisher: 'tabsspaces', pages: 284, year: 2023, level: 'Intermediate', price: 3799, blurb: 'moving a jQuery-era codebase to components one safe step at a time' },
  { title: 'Algorithms & Data Structures, Illustrated', author: 'Mei Tanaka', publisher: 'lambdaleaf', pages: 512, year: 2022, level: 'Beginner', price: 4599, blurb: 'the classic algorithms drawn step by step, with interview-style exercises' },
  { title: 'The Debugging Mindset', author: 'Carlos Mendoza', publisher: 'nullpointer', pages: 224, year: 2021, level: 'Beginner', price: 2999, blurb: 'forming hypotheses, bisecting and reading stack traces like a detective' },
  { title: 'Containers from Scratch', author: 'Yusuf Demir', publisher: 'nullpointer', pages: 330, year: 2024, level: 'Advanced', price: 4299, blurb: 'namespaces, cgroups and overlay filesystems by building a tiny runtime' },
  { title: 'Functional Programming for the Working Developer', author: 'Elena Petrova', publisher: 'lambdaleaf', pages: 364, year: 2023, level: 'Intermediate', price: 4199, blurb: 'immutability, composition and effects in languages you already use' },
  { title: 'Shipping Secure APIs', author: 'Grace Adeyemi', publisher: 'tabsspaces', pages: 318, year: 2024, level: 'Intermediate', price: 4499, blurb: 'authentication, rate limits and the OWASP risks, with tests for each' },
  { title: 'Keyboard-Driven Development', author: 'Niklas Berg', publisher: 'tabsspaces', pages: 248, year: 2022, level: 'Beginner', price: 3299, blurb: 'editor motions, tiling windows and shortcuts that keep your hands on the keyboard' },
];

/** A well-formed (checksummed) but made-up ISBN-13 in the 979-8 range. */
function fakeIsbn(rng: Random): string {
  const digits = [9, 7, 9, 8];
  for (let i = 0; i < 8; i += 1) digits.push(rng.int(0, 9));
  const sum = digits.reduce((total, d, i) => total + d * (i % 2 === 0 ? 1 : 3), 0);
  digits.push((10 - (sum % 10)) % 10);
  const text = digits.join('');
  return `${text.slice(0, 3)}-${text.slice(3, 4)}-${text.slice(4, 9)}-${text.slice(9, 12)}-${text.slice(12)}`;
}

function initials(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

const BOOKS = defineLine({
  category: 'books',
  code: 'BK',
  icon: 'book',
  palettes: [
    ['#7f1d1d', '#fca5a5'],
    ['#1e3a8a', '#93c5fd'],
    ['#064e3b', '#6ee7b7'],
    ['#4a044e', '#f0abfc'],
  ],
  brands: ['tabsspaces', 'nullpointer', 'lambdaleaf'],
  count: 16,
  pitches: [
    'Every chapter ends with exercises, and the companion repository has runnable examples for each one.',
    'Written by a practitioner, for developers who learn best by building things.',
    'The e-book edition is DRM-free and comes as EPUB and PDF.',
    'Code listings are printed in a readable monospace font with syntax highlighting.',
  ],
  specials: BOOK_KINDS.map((book) => ({
    brand: book.publisher,
    build: (ctx: Ctx): Draft => {
      const { rng } = ctx;
      const formats = [opt('paperback', 'PB', 0, 'Paperback')];
      if (book.pages >= 300 || rng.chance(0.4)) formats.push(opt('hardcover', 'HC', 1500, 'Hardcover'));
      formats.push(opt('ebook', 'EB', -1500, 'E-book (EPUB + PDF)'));
      if (rng.chance(0.5)) formats.push(opt('print + ebook', 'BND', 1000, 'Paperback + e-book bundle'));
      return {
        model: initials(book.title),
        noun: 'Book',
        name: book.title,
        label: book.title,
        price: book.price,
        specs: [
          spec('Author', book.author),
          spec('Pages', book.pages, 'pages'),
          spec('Published', book.year),
          spec('Edition', rng.pick(['1st', '1st', '2nd', '3rd'])),
          spec('Level', book.level),
          spec('Language', 'English'),
          spec('ISBN-13', fakeIsbn(rng)),
        ],
        axes: [axis('format', formats)],
        facts: [`In {name}, ${book.author} covers ${book.blurb}.`, `${book.pages} pages, aimed at ${book.level.toLowerCase()} readers.`],
      };
    },
  })),
  kinds: BOOK_KINDS,
  make: () => {
    throw new Error('Every demo book is listed in BOOK_KINDS');
  },
});

const LINES: readonly Line[] = [KEYBOARDS, MICE, KEYCAPS, WEBCAMS, LAPTOPS, MONITORS, STORAGE, HEADPHONES, AUDIO_INTERFACES, MICROCONTROLLERS, SBCS, DESK_GEAR, CABLES, BOOKS];

const CLOSERS = [
  'Ships with a two-year warranty.',
  'Arrives in recyclable, plastic-free packaging.',
  'Free returns within 30 days if it does not suit your workflow.',
  '{brand} support answers tickets written by engineers, for engineers.',
  'Order before 3 pm and it ships the same day.',
];

// ---------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------

/** The same rules as the domain's Slug.fromText: 'Café Walnut' -> 'cafe-walnut'. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

function skuPart(text: string, max: number): string {
  const ascii = text.normalize('NFKD').replace(/\p{M}+/gu, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return ascii.slice(0, max) || 'X';
}

/** Shop prices: whole dollars from $10, whole dimes below. */
function retail(cents: number): number {
  const rounded = cents >= 1000 ? Math.round(cents / 100) * 100 : Math.round(cents / 10) * 10;
  return Math.max(rounded, 10);
}

/** A base price with cents (a book at 54.99) keeps them; prices of packs round to shop prices. */
function variantPrice(base: number, values: AxisValue[]): number {
  const factor = values.reduce((f, v) => f * v.factor, 1);
  const delta = values.reduce((d, v) => d + v.delta, 0);
  const raw = (base + delta) * factor;
  if (factor === 1 && base % 100 !== 0) return Math.max(Math.round(raw), 1);
  return retail(raw);
}

function combinations(axes: Axis[]): AxisValue[][] {
  return axes.reduce<AxisValue[][]>((acc, a) => acc.flatMap((combo) => a.values.map((value) => [...combo, value])), [[]]);
}

function fill(template: string, name: string, brand: string): string {
  return template.replace(/\{name\}/g, name).replace(/\{brand\}/g, brand);
}

function describe(draft: Draft, line: Line, name: string, brand: string, rng: Random): string {
  const sentences = [draft.facts[0]];
  if (draft.facts.length > 1 && rng.chance(0.65)) sentences.push(draft.facts[rng.int(1, draft.facts.length - 1)]);
  const target = Math.min(4, Math.max(2, sentences.length + rng.int(0, 1)));
  for (const pitch of rng.sample(line.pitches, line.pitches.length)) {
    if (sentences.length >= target) break;
    sentences.push(pitch);
  }
  if (sentences.length < 4 && rng.chance(0.35)) sentences.push(rng.pick(CLOSERS));
  return sentences.map((s) => fill(s, name, brand)).join(' ');
}

function stockLevel(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.06) return 0;
  if (roll < 0.15) return rng.int(1, 3);
  return rng.int(4, 120);
}

interface Registry {
  names: Set<string>;
  slugs: Set<string>;
  skus: Set<string>;
}

function buildProduct(line: Line, i: number, registry: Registry): DemoProduct {
  const rng = new Random(hashString(`${line.category}/${i}`) ^ CATALOG_SEED);
  const special = i < line.specials.length ? line.specials[i] : undefined;
  // Brands take turns over the regular products, so specials do not crowd one out.
  const turn = i - line.specials.length;
  const brandId = special ? special.brand : line.brands[turn % line.brands.length];
  const brand: Brand = BRANDS[brandId];

  let draft: Draft | undefined;
  let name = '';
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const ctx: Ctx = {
      i,
      turn: Math.max(turn, 0),
      rng,
      brand,
      attempt,
      model(number: string): string {
        const round = Math.floor(Math.max(turn, 0) / line.brands.length) + attempt;
        const series = brand.series[round % brand.series.length];
        const mark = round >= brand.series.length ? ` ${['II', 'III', 'IV'][Math.floor(round / brand.series.length) - 1] ?? 'V'}` : '';
        const glue = series.length <= 2 && /^\d/.test(number) ? '' : ' ';
        return `${series}${glue}${number}${mark}`;
      },
    };
    const candidate = special ? special.build(ctx) : line.draft(ctx);
    const candidateName = candidate.name ?? `${brand.name} ${candidate.model} ${candidate.noun}`;
    if (!registry.names.has(candidateName.toLowerCase())) {
      draft = candidate;
      name = candidateName;
      break;
    }
    if (special) break;
  }
  if (!draft) throw new Error(`Demo catalog: no unique name for ${line.category} product #${i}`);
  const chosen = draft;
  registry.names.add(name.toLowerCase());

  let slug = slugify(name);
  for (let n = 2; registry.slugs.has(slug); n += 1) slug = `${slugify(name).slice(0, 115)}-${n}`;
  registry.slugs.add(slug);

  let combos = combinations(draft.axes);
  if (combos.length > MAX_VARIANTS) combos = rng.sample(combos, MAX_VARIANTS);
  if (combos.length < 2) throw new Error(`Demo catalog: ${name} needs at least two variants`);

  const skuBase = `${brand.code}-${line.code}-${skuPart(draft.model, 10)}`;
  let skuPrefix = skuBase;
  const skuOf = (prefix: string, combo: AxisValue[]) => `${prefix}-${combo.map((v) => v.code).join('-')}`;
  for (let n = 2; combos.some((combo) => registry.skus.has(skuOf(skuPrefix, combo))); n += 1) skuPrefix = `${skuBase}${n}`;

  const variants: DemoVariant[] = combos.map((combo) => {
    const sku = skuOf(skuPrefix, combo);
    registry.skus.add(sku);
    return {
      sku,
      name: combo.map((v) => v.label).join(' / '),
      options: Object.fromEntries(combo.map((v, axisIndex) => [chosen.axes[axisIndex].key, v.value])),
      price: variantPrice(chosen.price, combo),
      available: stockLevel(rng),
    };
  });
  // Only the products picked in buildDemoCatalog are sold out; everything else has something.
  if (variants.every((v) => v.available === 0)) variants[0].available = rng.int(4, 40);

  const createdDaysAgo = rng.int(0, 400);

  return {
    slug,
    name,
    brand: brand.name,
    categorySlug: line.category,
    description: describe(draft, line, name, brand.name, rng),
    specifications: draft.specs,
    variants,
    createdDaysAgo,
    image: {
      alt: name,
      label: draft.label ?? `${brand.name} ${draft.model}`,
      palette: rng.pick(line.palettes),
      icon: line.icon,
    },
  };
}

/**
 * Builds the whole demo catalog. Pure and deterministic: two calls return deep-equal data,
 * which is what makes seeding idempotent.
 */
export function buildDemoCatalog(): { categories: DemoCategory[]; products: DemoProduct[] } {
  const registry: Registry = { names: new Set(), slugs: new Set(), skus: new Set() };
  const products: DemoProduct[] = [];
  for (const line of LINES) {
    for (let i = 0; i < line.count; i += 1) products.push(buildProduct(line, i, registry));
  }

  // A fixed, hash-chosen ~8% of the products are sold out in every variant.
  const soldOut = [...products]
    .sort((a, b) => hashString(`${a.slug}:sold-out`) - hashString(`${b.slug}:sold-out`) || (a.slug < b.slug ? -1 : 1))
    .slice(0, Math.round(products.length * SOLD_OUT_SHARE));
  for (const product of soldOut) {
    for (const variant of product.variants) variant.available = 0;
  }

  return {
    categories: CATEGORIES.map((c) => ({ ...c })),
    products,
  };
}
