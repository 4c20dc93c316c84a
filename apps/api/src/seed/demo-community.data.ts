/**
 * Demo reviews and blog posts, so every rating the demo store shows is computed from real review
 * rows. Pure and deterministic like the demo catalog: the same input gives the same reviews on
 * every machine. All people are fictional.
 */

export interface DemoCustomer {
  firstName: string;
  lastName: string;
  email: string;
}

export interface DemoReview {
  productSlug: string;
  /** Index into DEMO_CUSTOMERS: one review per customer and product. */
  customer: number;
  rating: number;
  title: string;
  body: string;
  daysAgo: number;
  /** Some readers found it helpful. */
  helpful: number;
}

export interface DemoPost {
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  bodyMarkdown: string;
  /** Products the post is about, matched by category and position in the demo catalog. */
  products: { category: string; index: number }[];
  daysAgo: number;
}

/** What the generator needs of a demo product. */
export interface ReviewableProduct {
  slug: string;
  name: string;
  brand: string;
  categorySlug: string;
  createdDaysAgo: number;
}

const FIRST = ['Maya', 'Jonas', 'Priya', 'Tomás', 'Aiko', 'Sam', 'Lena', 'Kwame', 'Noor', 'Felix', 'Ines', 'Dmitri'];
const LAST = ['Chen', 'Berg', 'Raman', 'Alvarez', 'Tanaka', 'Okafor', 'Fischer', 'Mensah', 'Haddad', 'Novak', 'Costa', 'Volkov'];

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = FIRST.map((firstName, i) => ({
  firstName,
  lastName: LAST[i],
  email: `${firstName.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')}.${LAST[i].toLowerCase()}@demo.devgear.example`,
}));

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 from a text key. */
function randomFor(key: string): () => number {
  let state = hash(key);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mood = 'love' | 'good' | 'mixed' | 'bad';
const moodOf = (rating: number): Mood => (rating === 5 ? 'love' : rating === 4 ? 'good' : rating === 3 ? 'mixed' : 'bad');

/** What people say about each kind of product, by mood. */
const SAYINGS: Record<string, Record<Mood, string[]>> = {
  keyboards: {
    love: ['The switches feel consistent from the first key to the last, and the stabilisers do not rattle.', 'I remapped the layers in ten minutes and have not looked back. My pinky thanks me.', 'It sounds deep without being loud; my team stopped noticing it on calls.'],
    good: ['Solid build and a good layout; the keycaps are a little shiny after a few months.', 'Typing feel is great. The companion software is clunky, but the firmware is open.', 'Took a week to get used to the layout, now I am faster than before.'],
    mixed: ['Nice switches, but the USB-C port is a bit loose on mine.', 'Fine keyboard, though the legends are hard to read in a dim room.'],
    bad: ['Two keys started chattering after a month. Support replaced it, but still.', 'Much louder than the videos suggested; I returned it after a week.'],
  },
  mice: {
    love: ['Fits my hand perfectly and the scroll wheel has just the right amount of resistance.', 'Battery lasts for weeks and the sensor never skips, even on a glass desk.'],
    good: ['Comfortable for long sessions; the side buttons could be a bit larger.', 'Light and precise. The receiver is tiny, so keep track of it.'],
    mixed: ['Good sensor, but the shape is too small for my hand.', 'Works well, yet the software keeps asking me to update.'],
    bad: ['The left click started double-clicking after two months.', 'Too light for my taste and the coating feels cheap.'],
  },
  'keycaps-switches': {
    love: ['Thick PBT with crisp legends; they made my old board feel new.', 'Every switch in the pack was smooth, no scratchy ones at all.'],
    good: ['Great profile and colours. A few spacebar sizes are missing.', 'Smooth switches, slightly more pre-travel than I expected.'],
    mixed: ['Nice feel, but one cap had a tiny moulding mark.', 'Decent, though the lube job varies from switch to switch.'],
    bad: ['The stems were too tight for my board and one cap cracked.', 'Not what the photos showed: the colours are much duller.'],
  },
  webcams: {
    love: ['Sharp picture even in my badly lit home office; colleagues asked what changed.', 'Works on Linux out of the box, autofocus is quick and quiet.'],
    good: ['Great image, the privacy shutter is a nice touch. The clip is a bit stiff.', 'Clear video and decent microphones for stand-ups.'],
    mixed: ['Picture is fine, but it washes out in front of a window.', 'Good enough for calls; the field of view is wider than I like.'],
    bad: ['Colours look odd and the exposure keeps hunting.', 'Stopped being recognised after a firmware update.'],
  },
  laptops: {
    love: ['Compiles our monorepo in half the time of my old machine and stays quiet doing it.', 'Linux runs perfectly: suspend, Wi-Fi and the fingerprint reader all work.'],
    good: ['Great keyboard and screen; battery life is good rather than amazing.', 'Fast and well built. The fans kick in under heavy Docker loads.'],
    mixed: ['Powerful, but the speakers are thin and it runs warm on my lap.', 'Nice machine, though the trackpad rejects palms a bit too eagerly.'],
    bad: ['The hinge developed a wobble within weeks.', 'Coil whine under load drives me mad in a quiet room.'],
  },
  monitors: {
    love: ['Text is razor sharp; I can keep two editors and a terminal side by side.', 'Colours are accurate out of the box and the stand adjusts in every direction.'],
    good: ['Great panel for code. The built-in speakers are there, and that is all.', 'USB-C with power delivery means one cable to my laptop. Menus are fiddly.'],
    mixed: ['Nice picture, slight backlight bleed in one corner.', 'Good monitor, but the stand wobbles when I type hard.'],
    bad: ['Arrived with a stuck pixel right in the middle.', 'Flickers at low brightness, which gives me headaches.'],
  },
  storage: {
    love: ['Sustained writes stay fast even when copying huge Docker images.', 'Tiny, cool and quick; my builds from it are as fast as from the internal drive.'],
    good: ['Fast drive, gets warm under long transfers.', 'Reliable and quick. I wish it came with a shorter cable.'],
    mixed: ['Fast at first, slows down a lot once the cache is full.', 'Does the job, but the enclosure scratches easily.'],
    bad: ['Disconnected twice during a large copy.', 'Much slower than advertised on my machine.'],
  },
  headphones: {
    love: ['The noise cancelling turns an open-plan office into a library.', 'Comfortable for a whole workday and they sound wonderful.'],
    good: ['Very comfortable, good sound. The touch controls are a bit too sensitive.', 'Great for focus; the microphone is only average on calls.'],
    mixed: ['Good sound, but they press on my glasses after an hour.', 'Fine headphones, though switching between devices is clumsy.'],
    bad: ['The headband cracked after a few months.', 'Noise cancelling hisses audibly in quiet rooms.'],
  },
  'audio-interfaces': {
    love: ['My voice finally sounds like me on conference talks.', 'Clean preamps, zero latency monitoring, and class-compliant on Linux.'],
    good: ['Good sound and sturdy. The gain knob is a little scratchy.', 'Easy to set up for podcasts; the included cable is short.'],
    mixed: ['Sound is fine but it picks up keyboard noise easily.', 'Works, though the driver panel is confusing.'],
    bad: ['Crackles when the USB hub is busy.', 'Too quiet unless I push the gain into the noise.'],
  },
  microcontrollers: {
    love: ['Blinked an LED within five minutes and had MQTT running the same evening.', 'Great documentation and the pin labels are printed on both sides.'],
    good: ['Capable board for the price. The headers came unsoldered.', 'Works well with the usual toolchains; deep sleep current is decent.'],
    mixed: ['Nice board, but the USB-serial chip needed a driver on my machine.', 'Good, though the antenna placement limits the range.'],
    bad: ['Mine arrived with a bent pin and a flaky USB connector.', 'Resets randomly under Wi-Fi load.'],
  },
  'single-board-computers': {
    love: ['Runs my home-lab services without breaking a sweat.', 'Boots from NVMe and stays cool with the recommended case.'],
    good: ['Fast and well supported. Needs a proper power supply.', 'Great little server; the fan is audible at night.'],
    mixed: ['Good hardware, the official images lag behind upstream.', 'Works, but gets hot without a heatsink.'],
    bad: ['SD card corruption twice in a month.', 'Could not get the GPU drivers working at all.'],
  },
  'desk-gear': {
    love: ['Sturdy, quiet and it made my desk feel twice as big.', 'Exactly the finishing touch my setup needed.'],
    good: ['Well made and easy to install. The instructions could be clearer.', 'Looks great; took a while to adjust it just right.'],
    mixed: ['Does the job, but the finish marks easily.', 'Nice idea, a bit flimsy for the price.'],
    bad: ['Wobbles no matter how tight I screw it.', 'Arrived scratched and one screw was missing.'],
  },
  cables: {
    love: ['Charges my laptop at full speed and carries 4K without a flicker.', 'Exactly as rated. Finally a cable I can trust.'],
    good: ['Good cable, a bit stiff when new.', 'Does what it says; the braid picks up dust.'],
    mixed: ['Works, but it is shorter than I expected.', 'Fine for data, only charges slowly on my phone.'],
    bad: ['Stopped working after a few weeks of daily use.', 'The connector is too tight for my dock.'],
  },
  books: {
    love: ['Clear, practical and full of examples I used at work the next day.', 'The best explanation of the topic I have read; I keep it on my desk.'],
    good: ['Well written and well edited. A few chapters feel dated already.', 'Great read; the exercises are where the learning happens.'],
    mixed: ['Good content, but the examples could be more realistic.', 'Useful, though it drags in the middle.'],
    bad: ['Too basic for anyone who has shipped code.', 'The code samples have too many mistakes.'],
  },
};

const TITLES: Record<Mood, string[]> = {
  love: ['Exactly what I hoped for', 'Best purchase this year', 'Worth every cent', 'A joy to use every day', 'Highly recommended'],
  good: ['Very good, small quirks', 'Solid choice', 'Does the job well', 'Happy with it', 'Good value'],
  mixed: ['Okay, not great', 'Mixed feelings', 'Fine, with caveats', 'Decent but not perfect'],
  bad: ['Disappointed', 'Would not buy again', 'Not for me', 'Quality issues'],
};

const OPENERS = ['I use {it} every day.', 'Bought {it} after a long search.', 'Replaced my old one with this.', 'Got it for my home office.', ''];

/** Ratings lean positive, as they do in real shops. */
function drawRating(random: () => number): number {
  const r = random();
  return r < 0.45 ? 5 : r < 0.78 ? 4 : r < 0.9 ? 3 : r < 0.96 ? 2 : 1;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/**
 * Reviews of the demo products by the demo customers: most products get 1 to 9 reviews, about
 * one in ten none (more among new arrivals); varied ratings and text, never two reviews by one
 * customer of one product.
 */
export function buildDemoReviews(products: readonly ReviewableProduct[]): DemoReview[] {
  const reviews: DemoReview[] = [];
  for (const product of products) {
    const random = randomFor(`reviews:${product.slug}`);
    if (random() < (product.createdDaysAgo < 14 ? 0.6 : 0.1)) continue;
    const count = 1 + Math.floor(random() ** 1.6 * 9);
    const customers = DEMO_CUSTOMERS.map((_, i) => i).sort((a, b) => hash(`${product.slug}:${a}`) - hash(`${product.slug}:${b}`)).slice(0, count);
    const sayings = SAYINGS[product.categorySlug] ?? SAYINGS['desk-gear'];
    const written = new Set<string>();
    for (const customer of customers) {
      const rating = drawRating(random);
      const mood = moodOf(rating);
      const it = product.name.length > 40 ? 'this' : `the ${product.name}`;
      // No two reviews of one product say the same thing.
      let body = '';
      for (let attempt = 0; attempt < 8 && (body === '' || written.has(body)); attempt += 1) {
        const opener = pick(random, OPENERS).replace('{it}', it);
        body = [opener, pick(random, sayings[mood]), random() < 0.4 ? pick(random, sayings[mood === 'love' ? 'good' : mood]) : '']
          .filter((part, i, parts) => part && parts.indexOf(part) === i)
          .join(' ');
      }
      written.add(body);
      reviews.push({
        productSlug: product.slug,
        customer,
        rating,
        title: pick(random, TITLES[mood]),
        body,
        daysAgo: Math.max(0, Math.floor(random() * Math.max(1, product.createdDaysAgo))),
        helpful: Math.floor(random() ** 3 * 12),
      });
    }
  }
  return reviews;
}

/** A few posts about the catalog, written in Markdown like an editor would. */
export const DEMO_POSTS: readonly DemoPost[] = [
  {
    slug: 'choosing-your-first-mechanical-keyboard',
    title: 'Choosing Your First Mechanical Keyboard',
    excerpt: 'Linear, tactile or clicky? Full size or tenkeyless? A short guide for people who type for a living.',
    tags: ['keyboards', 'buying-guide'],
    daysAgo: 3,
    products: [{ category: 'keyboards', index: 0 }, { category: 'keyboards', index: 3 }, { category: 'keycaps-switches', index: 0 }],
    bodyMarkdown: `You spend more time with your keyboard than with most people. Here is how we would choose one.

## Switches: linear, tactile or clicky

- **Linear** switches go straight down. Quiet and smooth, great for open offices.
- **Tactile** switches have a small bump, so you feel when a key registers.
- **Clicky** switches add a sound. Your colleagues will have opinions.

## Layout

A *tenkeyless* board drops the number pad and brings the mouse closer, which is kinder to your shoulder. If you live in spreadsheets, keep the pad.

> Try before you commit: a switch tester costs less than a regret.

## Our picks

The boards below are the ones our team types on. Each one has hot-swappable switches, so you can change your mind later.`,
  },
  {
    slug: 'a-desk-setup-for-long-coding-sessions',
    title: 'A Desk Setup for Long Coding Sessions',
    excerpt: 'A monitor at eye height, a mouse that fits, and cables out of sight: small changes that add up over a year.',
    tags: ['workspace', 'ergonomics'],
    daysAgo: 10,
    products: [{ category: 'monitors', index: 0 }, { category: 'desk-gear', index: 0 }, { category: 'mice', index: 0 }, { category: 'cables', index: 0 }],
    bodyMarkdown: `Nobody notices a good desk. You only notice the neck ache from a bad one.

### 1. Screen at eye height

The top of the screen should sit at or just below eye level, about an arm's length away. A monitor arm makes that easy and frees up the desk.

### 2. A mouse that fits your hand

Measure your hand from wrist to fingertip. Under 17 cm, go small; over 19 cm, go large. Vertical mice help if your wrist aches.

### 3. One cable to the laptop

A monitor with USB-C power delivery charges the laptop, carries the picture and connects the keyboard, all through **one** cable.

Press <kbd>Win</kbd> + <kbd>P</kbd> (or your OS's equivalent) and you are docked.`,
  },
  {
    slug: 'getting-started-with-microcontrollers',
    title: 'Getting Started with Microcontrollers',
    excerpt: 'From blinking an LED to sending sensor readings over Wi-Fi in one weekend.',
    tags: ['maker-lab', 'tutorial'],
    daysAgo: 21,
    products: [{ category: 'microcontrollers', index: 0 }, { category: 'microcontrollers', index: 2 }, { category: 'single-board-computers', index: 0 }],
    bodyMarkdown: `Firmware is just code that runs closer to the metal. Here is a weekend plan.

1. **Blink an LED.** It proves the toolchain, the cable and the board all work.
2. **Read a sensor.** Temperature is the classic; print it over the serial port.
3. **Send it somewhere.** Publish the reading to an MQTT broker on a small Linux board.

\`\`\`c
void loop() {
  digitalWrite(LED_BUILTIN, HIGH);
  delay(500);
  digitalWrite(LED_BUILTIN, LOW);
  delay(500);
}
\`\`\`

Boards with Wi-Fi built in save you a lot of wiring. Read more in the [vendor docs](https://example.com/docs) once you are hooked.`,
  },
];

/** The demo posts' author. */
export const DEMO_POST_AUTHOR = 'The DevGear team';
