import type { DemoProduct } from './demo-catalog.data';

type Icon = DemoProduct['image']['icon'];

export interface PlaceholderInput {
  label: string;
  palette: [string, string];
  icon: Icon;
  width?: number;
  height?: number;
}

const VIEW_WIDTH = 800;
const VIEW_HEIGHT = 600;
/** Longer labels are cut with an ellipsis so the text stays inside the image. */
const LABEL_MAX_CHARS = 34;
const FALLBACK_PALETTE: [string, string] = ['#1e293b', '#64748b'];
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * A product placeholder: a self-contained SVG (no external references, no web fonts) with a
 * gradient from the palette, a line-art icon for the product type and the label. The drawing
 * is 800x600 and scales to the requested width and height.
 */
export function renderPlaceholderSvg(input: PlaceholderInput): string {
  const width = dimension(input.width, VIEW_WIDTH);
  const height = dimension(input.height, VIEW_HEIGHT);
  const [from, to] = input.palette.map((colour, i) => (HEX_COLOUR.test(colour) ? colour : FALLBACK_PALETTE[i]));
  const label = truncate(String(input.label ?? '').trim());
  const text = escapeXml(label);
  const fontSize = Array.from(label).length > 24 ? 30 : 38;
  const icon = ICONS[input.icon] ?? ICONS.generic;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" role="img" aria-label="${text}">`,
    `<title>${text}</title>`,
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`,
    `<rect width="${VIEW_WIDTH}" height="${VIEW_HEIGHT}" fill="url(#bg)"/>`,
    `<circle cx="400" cy="270" r="215" fill="#fff" fill-opacity="0.08"/>`,
    `<g fill="none" stroke="#fff" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="0.92">${icon}</g>`,
    `<text x="400" y="525" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${fontSize}" font-weight="600" fill="#fff">${text}</text>`,
    `</svg>`,
  ].join('');
}

/** Escapes text for use in XML content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function truncate(label: string): string {
  const chars = Array.from(label);
  return chars.length > LABEL_MAX_CHARS ? `${chars.slice(0, LABEL_MAX_CHARS - 1).join('').trimEnd()}…` : label;
}

function dimension(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 && value <= 10_000 ? Math.round(value) : fallback;
}

/** Outlines of small boxes ("M x y h w v h h -w z"), for key caps and chips. */
function boxes(cells: [x: number, y: number, w: number, h: number][]): string {
  return cells.map(([x, y, w, h]) => `M${x} ${y}h${w}v${h}h${-w}z`).join('');
}

function keyboardIcon(): string {
  const keys: [number, number, number, number][] = [];
  for (let row = 0; row < 3; row += 1) {
    for (let col = 0; col < 10; col += 1) keys.push([215 + col * 38 + (row % 2) * 8, 202 + row * 36, 26, 24]);
  }
  keys.push([215, 310, 56, 22], [291, 310, 218, 22], [529, 310, 56, 22]);
  return `<rect x="190" y="180" width="420" height="170" rx="18"/><path stroke-width="4" d="${boxes(keys)}"/>`;
}

const ICONS: Record<Icon, string> = {
  keyboard: keyboardIcon(),
  mouse:
    '<rect x="320" y="150" width="160" height="250" rx="80"/><path d="M400 150V240M320 240H480M400 150C400 110 440 95 470 70"/>' +
    '<rect x="391" y="178" width="18" height="36" rx="9" stroke-width="6"/>',
  monitor:
    '<rect x="200" y="125" width="400" height="245" rx="14"/><path d="M400 370V420M330 425H470"/>' +
    '<path stroke-width="6" d="M240 170l22 18l-22 18M280 215H380M240 250H420M260 285H360M240 320H330"/>',
  laptop:
    '<rect x="250" y="140" width="300" height="200" rx="12"/><path d="M200 350H600L620 385H180Z"/>' +
    '<path stroke-width="6" d="M285 185l22 18l-22 18M320 238H400M285 275H460"/>',
  headphones:
    '<path d="M265 330V270A135 135 0 0 1 535 270V330"/><rect x="230" y="300" width="64" height="115" rx="26"/>' +
    '<rect x="506" y="300" width="64" height="115" rx="26"/>',
  chip: `<rect x="300" y="160" width="200" height="200" rx="14"/><rect x="350" y="210" width="100" height="100" rx="6" stroke-width="6"/><path d="${[0, 1, 2, 3, 4]
    .map((k) => {
      const x = 330 + k * 35;
      const y = 190 + k * 35;
      return `M${x} 160V125M${x} 360V395M300 ${y}H265M500 ${y}H535`;
    })
    .join('')}"/>`,
  cable:
    '<path d="M240 262C330 262 330 400 400 330S470 300 560 300"/><rect x="170" y="242" width="70" height="40" rx="8"/>' +
    '<rect x="560" y="280" width="70" height="40" rx="8"/><path stroke-width="6" d="M140 252h30v20h-30zM630 290h30v20h-30z"/>',
  desk:
    '<rect x="180" y="240" width="440" height="24" rx="6"/><path d="M220 264V400M580 264V400M190 400H250M550 400H610M400 220V240"/>' +
    '<rect x="330" y="130" width="140" height="90" rx="8"/><path stroke-width="6" d="M230 240V215H290V240"/>',
  book:
    '<path d="M400 170C350 140 270 140 220 160V380C270 360 350 360 400 390C450 360 530 360 580 380V160C530 140 450 140 400 170ZM400 170V390"/>' +
    '<path stroke-width="5" d="M250 200H370M250 235H370M250 270H350M430 200H550M430 235H550M430 270H530"/>',
  storage:
    '<rect x="190" y="220" width="420" height="110" rx="10"/>' +
    `<path stroke-width="6" d="${boxes([
      [240, 245, 80, 60],
      [340, 245, 80, 60],
      [440, 245, 60, 60],
    ])}M610 240h20v70h-20M190 262a13 13 0 0 1 0 26M528 255v40M548 255v40"/>`,
  audio:
    '<rect x="200" y="215" width="400" height="150" rx="16"/><circle cx="285" cy="290" r="38"/><circle cx="400" cy="290" r="38"/>' +
    '<path d="M285 290L300 265M400 290L385 265M500 255V325M530 275V325M560 245V325"/>' +
    '<path stroke-width="6" d="M200 160q25-40 50 0t50 0t50 0t50 0t50 0t50 0t50 0t50 0"/>',
  generic: '<path d="M400 140L560 210V370L400 440L240 370V210ZM240 210L400 280L560 210M400 280V440"/>',
};
