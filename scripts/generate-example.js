#!/usr/bin/env node
// Writes the example plan's daily check-ins (plans/example/checkins/) from a fixed seed, so every run gives the same files.
//
//   node scripts/generate-example.js           clear checkins/ and write it again
//   node scripts/generate-example.js --check   exit 1 if checkins/ differs from what the script would write
//
// plan.md and reviews/ are written by hand; this script only reads plan.md (to make sure every id it
// writes exists there) and never writes outside checkins/. It deletes only files it wrote itself (they
// carry MARKER), and refuses to run when checkins/ holds a file it did not write.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLAN_DIR = fileURLToPath(new URL('../plans/example/', import.meta.url));
const CHECKINS_DIR = join(PLAN_DIR, 'checkins');
const FIRST_DAY = '2026-07-28';
const LAST_DAY = '2026-11-24';
const SEED = 0x28072026;
const MARKER = '# Written by scripts/generate-example.js: change the script, not this file.';

// ---------------------------------------------------------------------------------------------
// Dates, as calendar days counted in UTC so no clock or time zone can move them.

const DAY_MS = 86_400_000;
const toDay = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const fromDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const addDays = (date, n) => fromDay(toDay(date) + n);
/** 1 Monday … 7 Sunday, as ISO weeks count. */
const weekday = (date) => ((new Date(toDay(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
const mondayOf = (date) => addDays(date, 1 - weekday(date));
const between = (date, from, to) => date >= from && date <= to;
const daysSinceStart = (date) => toDay(date) - toDay(FIRST_DAY);

// ---------------------------------------------------------------------------------------------
// A seeded pseudo-random generator (mulberry32) and the few draws the story needs.

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from one stream. The story (the numbers) and the prose (the words) have a stream each, so rewording a journal leaves every figure where it was. */
function drawsFrom(random) {
  return {
    random,
    chance: (p) => random() < p,
    pick: (items) => items[Math.floor(random() * items.length)],
    noise: (spread) => (random() + random() - 1) * spread,
  };
}

const { random, chance, pick, noise } = drawsFrom(mulberry32(SEED));
const prose = drawsFrom(mulberry32(SEED + 1));
const clamp = (n, lo, hi) => Math.min(hi, Math.max(lo, n));
const lerp = (from, to, t) => from + (to - from) * clamp(t, 0, 1);

/** Picks from `items`, avoiding the last few picked from the same bank, so phrases do not repeat day after day. */
const recentlyPicked = new Map();
function pickFresh(bank, items) {
  const recent = recentlyPicked.get(bank) ?? [];
  const fresh = items.filter((item) => !recent.includes(item));
  const choice = prose.pick(fresh.length > 0 ? fresh : items);
  recentlyPicked.set(bank, [...recent, choice].slice(-Math.min(3, items.length - 1)));
  return choice;
}

// ---------------------------------------------------------------------------------------------
// The plan's ids (checked against plan.md before anything is written).

const TRIGGERS = ['old-crowd', 'the-local', 'lonely-evenings', 'work-deadlines', 'celebrations', 'tired-hungry', 'just-one'];
const WARNING_SIGNS = ['skipping-meetings', 'isolating', 'poor-sleep', 'romanticising'];
const COPING = ['urge-surf', 'play-tape', 'box-breathing', 'halt-check', 'thought-record', 'walk', 'call-someone', 'meeting'];
const SUPPORTS = ['dara', 'niamh', 'aoife', 'tomas'];
const METRICS = ['meetings', 'coffee_cups', 'walk_km', 'course_sessions'];

/** What each trigger's coping list in plan.md says helps with it. */
const TRIGGER_COPING = {
  'old-crowd': ['call-someone', 'play-tape'],
  'the-local': ['walk', 'play-tape'],
  'lonely-evenings': ['call-someone', 'meeting', 'halt-check'],
  'work-deadlines': ['box-breathing', 'thought-record', 'walk'],
  celebrations: ['call-someone', 'play-tape', 'urge-surf'],
  'tired-hungry': ['halt-check', 'box-breathing'],
  'just-one': ['play-tape', 'urge-surf', 'call-someone'],
};

const SUPPORT_NAMES = { dara: 'Dara', aoife: 'Aoife', tomas: 'Tomás', niamh: 'Niamh' };

// ---------------------------------------------------------------------------------------------
// The story: which days are missing, when meetings, therapy and the course happen.

/** Days without a check-in: a forgotten Sunday, a weekend away, the week things slid, a good day that got away. */
const MISSED = new Set(['2026-08-09', '2026-08-29', '2026-08-30', '2026-09-20', '2026-10-14', '2026-11-08']);

const THERAPY = new Set(['2026-07-30', '2026-08-13', '2026-08-27', '2026-09-10', '2026-09-24', '2026-10-08', '2026-10-19', '2026-10-26', '2026-11-05', '2026-11-19']);

const COURSE = new Set(['2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20']);

/** The Harbour Road group meets Mon, Wed and Fri evenings and Saturday mornings. */
const MEETING_DAYS = [1, 3, 5, 6];

/** Meeting days by ISO week (keyed by its Monday), decided once per week. */
const meetingWeeks = new Map();
function isMeetingDay(date) {
  const monday = mondayOf(date);
  if (!meetingWeeks.has(monday)) meetingWeeks.set(monday, meetingDaysOf(monday));
  return meetingWeeks.get(monday).has(weekday(date));
}

function meetingDaysOf(monday) {
  // The first fortnight: every meeting going. After the lapse: every meeting for two weeks.
  if (monday <= '2026-08-03' || monday === '2026-10-19' || monday === '2026-10-26') return new Set(MEETING_DAYS);
  if (monday === '2026-08-24') return new Set([1, 3]); // away for the weekend from Friday
  if (monday === '2026-10-12') return new Set([1]); // the week things slid
  const days = new Set([1, 3, 6]);
  if (chance(0.15)) {
    days.delete(pick([1, 3]));
    days.add(5);
  } else if (chance(0.3)) {
    days.add(5);
  }
  return days;
}

/** The feel of a day before its triggers: where the arc puts mood, craving and sleep. */
function baseline(date) {
  const n = daysSinceStart(date);
  if (date <= '2026-08-10') return { phase: 'early', mood: lerp(2.3, 3, n / 13), craving: lerp(6.5, 4.5, n / 13), sleep: lerp(5, 6.2, n / 13) };
  if (date <= '2026-09-30') {
    const t = (n - 14) / 50;
    return { phase: 'steady', mood: lerp(3.1, 3.9, t), craving: lerp(3.6, 1.8, t), sleep: lerp(6.4, 7.2, t) };
  }
  if (date <= '2026-10-09') return { phase: 'busy', mood: lerp(3.8, 3.3, (n - 65) / 8), craving: lerp(1.8, 3, (n - 65) / 8), sleep: lerp(7, 6.2, (n - 65) / 8) };
  if (date <= '2026-10-18') return { phase: 'sliding', mood: lerp(2.9, 2.2, (n - 74) / 6), craving: lerp(3.5, 6, (n - 74) / 6), sleep: lerp(5.8, 5, (n - 74) / 6) };
  if (date <= '2026-10-31') return { phase: 'after', mood: lerp(2.9, 3.7, (n - 83) / 12), craving: lerp(3.5, 2, (n - 83) / 12), sleep: lerp(6.5, 7.1, (n - 83) / 12) };
  return { phase: 'better', mood: lerp(3.9, 4.4, (n - 96) / 23), craving: lerp(1.8, 0.8, (n - 96) / 23), sleep: lerp(7.1, 7.6, (n - 96) / 23) };
}

function triggerChances(date, phase, sleep) {
  const day = weekday(date);
  const workday = day <= 5;
  const weekend = day >= 6;
  const heavy = { early: 1, steady: 0.45, busy: 0.5, sliding: 1.1, after: 0.6, better: 0.25 }[phase];
  const deadlines = between(date, '2026-10-05', '2026-10-16');
  return {
    'old-crowd': day === 5 ? 0.35 * heavy : 0.02,
    'the-local': day >= 5 ? 0.45 * heavy : 0.1 * heavy,
    'lonely-evenings': (weekend ? 0.55 : 0.4) * heavy,
    'work-deadlines': workday ? (deadlines ? 0.85 : 0.2 * Math.max(heavy, 0.5)) : 0.02,
    'tired-hungry': sleep < 6 ? 0.6 : 0.08,
    'just-one': 0.45 * heavy,
  };
}

// ---------------------------------------------------------------------------------------------
// One ordinary day, drawn from the arc; key days are then written by hand (SPECIAL_DAYS below).

const contactLog = { dara: null, aoife: null, tomas: null, niamh: null };
/** Last night's sleep as recorded (or as drawn, on a missed day), for the poor-sleep warning sign. */
const previousSleep = { value: 7 };

function ordinaryDay(date) {
  const base = baseline(date);
  const { phase } = base;
  const day = weekday(date);
  const sliding = phase === 'sliding';

  const sleep = clamp(Math.round((base.sleep + noise(1.2)) * 2) / 2, 3.5, 9.5);

  const triggers = [];
  for (const [id, p] of Object.entries(triggerChances(date, phase, sleep))) if (chance(p)) triggers.push(id);

  const warningSigns = [];
  if (sleep < 6 && previousSleep.value < 6) warningSigns.push('poor-sleep');
  if (sliding && date >= '2026-10-11') warningSigns.push('isolating');
  if (sliding && date >= '2026-10-13') warningSigns.push('skipping-meetings');
  if ((phase === 'early' && triggers.includes('just-one') && chance(0.4)) || (sliding && date >= '2026-10-15')) warningSigns.push('romanticising');
  if (phase === 'early' && triggers.includes('lonely-evenings') && chance(0.25) && !warningSigns.includes('isolating')) warningSigns.push('isolating');

  const meeting = isMeetingDay(date);
  const walkChance = { early: 0.5, steady: 0.62, busy: 0.45, sliding: 0.2, after: 0.7, better: 0.72 }[phase];
  const sunday = day === 7;
  const walked = (sunday && !sliding) || chance(walkChance);
  const walkKm = walked ? Math.round((sunday ? 6 + random() * 4 : lerp(2.2, 3.6, daysSinceStart(date) / 60) + random() * 2.6) * 10) / 10 : undefined;

  // Who Alex is in touch with: Dara every few days once asked, Aoife on Sundays, Tomás around meetings.
  const contacted = [];
  const since = (id) => (contactLog[id] === null ? Infinity : toDay(date) - toDay(contactLog[id]));
  if (date >= '2026-08-03' && !sliding) {
    const daily = phase === 'early' || phase === 'after';
    if (daily || since('dara') >= 2 || chance(0.4) || triggers.length >= 2) contacted.push('dara');
  }
  if (THERAPY.has(date)) contacted.push('niamh');
  if (!sliding && (sunday || chance(0.12))) contacted.push('aoife');
  if (!sliding && meeting && (since('tomas') >= 5 || chance(phase === 'early' ? 0.6 : 0.3))) contacted.push('tomas');

  // What Alex did about it: some of each trigger's own coping, walks, meetings, the therapy worksheet.
  const coping = new Set();
  const reachedOut = contacted.some((id) => id !== 'niamh');
  const tryCoping = sliding ? 0.3 : phase === 'early' ? 0.75 : 0.85;
  for (const trigger of triggers) {
    if (!chance(tryCoping)) continue;
    const options = TRIGGER_COPING[trigger].filter((id) => (id === 'call-someone' ? reachedOut : id === 'walk' ? walked : id === 'meeting' ? meeting : true));
    if (options.length > 0) coping.add(pick(options));
  }
  if (walked) coping.add('walk');
  if (meeting && (triggers.length > 0 || chance(0.5))) coping.add('meeting');
  if (THERAPY.has(date) && chance(0.6)) coping.add('thought-record');
  if (!sliding && reachedOut && triggers.length > 0 && chance(0.6)) coping.add('call-someone');

  const weight = { 'just-one': 1.8, 'the-local': 1.2, 'old-crowd': 1.3, 'lonely-evenings': 1.2, 'work-deadlines': 1, 'tired-hungry': 0.9 };
  const pull = triggers.reduce((sum, id) => sum + weight[id], 0);
  // The lapse day stays the peak: no drawn day goes above 9, and the week before it tops out at 8.
  const craving = clamp(Math.round(base.craving + pull * 0.9 + warningSigns.length * 0.4 + noise(1.1)), 0, sliding ? 8 : 9);
  const helped = (walked ? 0.35 : 0) + (coping.has('meeting') ? 0.25 : 0) + (reachedOut ? 0.2 : 0);
  const mood = clamp(Math.round(base.mood - triggers.length * 0.3 + helped - (sleep < 6 ? 0.35 : 0) + noise(0.6)), 1, 5);

  const coffee = coffeeCups(date, phase, sleep, triggers);

  return {
    mood,
    craving,
    used: false,
    difficulty: difficultyOf(mood, craving),
    sleep,
    triggers,
    warning_signs: warningSigns,
    coping: COPING.filter((id) => coping.has(id)),
    contacted: SUPPORTS.filter((id) => contacted.includes(id)),
    meetings: meeting ? 1 : undefined,
    coffee_cups: coffee,
    walk_km: walkKm,
    course_sessions: COURSE.has(date) ? 1 : undefined,
  };
}

function coffeeCups(date, phase, sleep, triggers) {
  if (phase === 'early') return 3 + Math.floor(random() * 3);
  if (date <= '2026-08-27') return 2 + Math.floor(random() * 3);
  if (phase === 'sliding') return 3 + Math.floor(random() * 2);
  const stressed = triggers.includes('work-deadlines') || sleep < 6;
  return chance(stressed ? 0.35 : 0.04) ? 3 : chance(0.55) ? 2 : 1;
}

function difficultyOf(mood, craving) {
  const score = craving - (mood - 3) * 1.5;
  if (score >= 7) return 'very-hard';
  if (score >= 4) return 'hard';
  if (score >= 1.5) return 'ok';
  return 'easy';
}

// ---------------------------------------------------------------------------------------------
// Gratitude and journals: composed from banks of first-person fragments, each used only where it
// fits the day (a workday, a meeting, a Sunday with Aoife), so no two ordinary days read alike.

/** Fragments that only fit some days: `when(test, ...texts)`; plain strings fit any day. */
const when = (test, ...texts) => texts.map((text) => ({ text, test }));
const usable = (bank, day) => bank.filter((item) => typeof item === 'string' || item.test(day)).map((item) => item.text ?? item);

const workday = (day) => day.weekday <= 5;
const atMeeting = (day) => day.meeting;
const sawDara = (day) => day.contacted.includes('dara');
const sawAoife = (day) => day.contacted.includes('aoife');

const GRATITUDE = [
  "A proper night's sleep",
  'The herons on the canal',
  "Saoirse's voice note",
  'Hot shower after the rain',
  'A bus driver who waited',
  'Clear head this morning',
  'Toast and marmalade',
  'A cheap second-hand rain jacket that actually works',
  'Sunlight through the kitchen window',
  'A long phone call with an old friend',
  'Cold air on the pier',
  ...when((day) => day.phase === 'early', 'Remembering last night', 'Getting through another evening', 'A full night in my own bed, no drama'),
  ...when(workday, 'My boss saying the report was good', 'Being early for work', 'Saying no at work and the world not ending'),
  ...when(atMeeting, 'Tea at the meeting', 'Someone at the meeting who said exactly what I felt'),
  ...when((day) => day.meeting && day.contacted.includes('tomas'), 'Tomás saving me a seat'),
  ...when(sawDara, 'Dara picking up on the second ring'),
  ...when(sawAoife, "Aoife's stew", "Aoife's terrible jokes"),
  ...when((day) => day.contacted.includes('niamh'), "Niamh's patience"),
  ...when((day) => day.weekday === 6, 'A dry Saturday morning'),
  ...when((day) => day.weekday >= 5, 'Money left at the end of the week'),
  ...when((day) => day.date >= '2026-09-15' && (day.course || day.weekday === 6), 'The smell of sawdust'),
  ...when((day) => day.phase === 'better', 'Evenings that feel like mine again', 'The table fund growing'),
];

function gratitudeFor(day) {
  const count = day.phase === 'early' || day.phase === 'sliding' ? (prose.chance(0.6) ? 1 : 0) : prose.chance(0.35) ? 2 : prose.chance(0.85) ? 1 : 0;
  const bank = usable(GRATITUDE, day);
  const items = [];
  while (items.length < count) {
    const item = prose.pick(bank);
    if (!items.includes(item)) items.push(item);
  }
  return items;
}

const OPENERS = {
  low: [
    'Heavy day.',
    'I felt flat from the moment I woke up.',
    'Everything took twice the effort today.',
    "Not a day I'd choose to repeat.",
    'Grey inside and out today.',
    'Short fuse all day, and I knew it.',
    'Woke at four with my heart going and never really got back on top of the day.',
  ],
  mid: [
    "An ordinary sort of day, which I'm learning to value.",
    'Steady enough today.',
    'A bit of a mixed bag.',
    "Nothing dramatic today, and that's fine.",
    'Middling day; got through the list.',
    'Up and down today, more up than down.',
    ...when(workday, 'Quiet at work, busier in my head.'),
    ...when((day) => !workday(day), 'Slow start to the weekend.'),
  ],
  high: [
    'A good day, start to finish.',
    'Woke up rested for once, and it showed.',
    'Felt like myself today.',
    'One of those days where it all just worked.',
    "Good energy today, and I didn't waste it.",
    "Easy day. I'm not used to those yet, but I'll take them.",
    ...when(workday, 'Light day. I caught myself humming on the way to work.'),
  ],
  mixed: ['Good day, mostly.', 'A decent day with one wobble in it.', 'Mostly a good day.', 'Good day, with a rough hour in the middle.'],
};

/** A line about where the person is in the arc, used on some days. */
const ARC_LINES = {
  early: [
    'Day {n}.',
    'Day {n}. Still counting every one.',
    'Day {n}. Evenings are the worst of it.',
    ...when((day) => daysSinceStart(day.date) >= 7, 'Day {n}. The shakes are less than last week.'),
  ],
  steady: [
    'Sleep is better than it was.',
    'The routine is starting to feel like mine.',
    "Cooked a real dinner and ate it at the table, which I'd stopped doing years ago.",
    'Noticed I still had money in my account at the end of the week.',
  ],
  busy: ['Work is getting busy in the run-up to the project deadline.', ...when(workday, 'Long day at work; the deadline is close.')],
  after: [
    'Still going over Saturday in my head, a bit less than yesterday.',
    'Told Dara about a craving while it was happening instead of after. That is the new rule.',
    "Four meetings this week, like we agreed.",
    'Watching for the warning signs is easier now that I know what they look like on me.',
  ],
  better: [
    'The evenings are getting easier.',
    'Put another bit into the table fund.',
    'Slept right through for the third night running.',
    "Someone at work asked what I'm doing differently. I said walking.",
  ],
};

const TRIGGER_LINES = {
  'old-crowd': [
    'Bumped into two of the Friday lot outside the office and they asked when I was coming back out.',
    'The Friday crowd headed off at five and the pull to go with them was real.',
    'The old group chat lit up about Friday. I muted it.',
  ],
  'the-local': [
    'Walked past the Anchor on the way home and could smell the place from the door.',
    'Ended up outside the Anchor on autopilot before I noticed where my feet had taken me.',
    'The Anchor had the match on and the noise carried right down the street.',
  ],
  'lonely-evenings': [
    'The evening dragged; the flat is very quiet after seven.',
    'Long evening on my own, which is still the hardest part.',
    'Sat in the flat after dinner and the quiet got loud.',
  ],
  'work-deadlines': [
    'Work piled up and my chest was tight by lunchtime.',
    "Emails kept coming in after nine and my head wouldn't switch off.",
    'Deadline stress all afternoon, and the old reflex to "reward" myself at the end of it.',
  ],
  'tired-hungry': [
    'Skipped lunch without noticing and by four I was wired and cranky.',
    'Running on too little sleep and too much coffee.',
    'Tired to the bone by evening, which is when the thoughts get loud.',
  ],
  'just-one': [
    'The "just one" voice was back this evening, very reasonable-sounding.',
    "Caught myself thinking one pint wouldn't matter.",
    'Had the old thought that I could have one and stop. I know where that goes.',
  ],
};

const lowDay = (day) => day.mood <= 2;
const notLow = (day) => day.mood >= 3;

const COPING_LINES = {
  'urge-surf': [
    'Sat with the urge and watched it rise and fall, like they said it would.',
    'Urge-surfed for ten minutes on the sofa; it peaked and passed.',
    "Gave the craving twenty minutes before deciding anything. It didn't last that long.",
  ],
  'play-tape': [
    'Played the tape forward to the 4 a.m. version of me, and that was enough.',
    'Thought through the whole night, not just the first drink.',
    'Remembered what Sunday mornings used to be like. That settled it.',
  ],
  'box-breathing': [
    'Four in, hold, four out, hold, until my chest loosened.',
    ...when(workday, 'Did box breathing at my desk and my shoulders came down.', 'Box breathing in the stairwell at work. Nobody knew.'),
  ],
  'halt-check': [
    'HALT check said hungry and tired, so I made beans on toast and felt more human.',
    "Realised I hadn't eaten since breakfast. Ate, and the edge went off.",
    'HALT check said tired, so I lay down for an hour instead of arguing with myself.',
  ],
  'thought-record': [
    'Filled in a thought record; on paper the catastrophe looked a lot smaller.',
    "Wrote the thought down and the evidence against it. Niamh's worksheet earns its place.",
    ...when(workday, "Did the worksheet about the email from my manager. It wasn't the disaster I'd decided it was."),
  ],
  walk: [
    'Got out for a walk before dark.',
    ...when(notLow, 'Walked the canal after work and came back a different person.', 'Long walk along the water; the herons were out.'),
    ...when(lowDay, 'Forced myself out for a walk. It took the edge off, a bit.', 'Walked home instead of getting the bus, just to be out of my own head.'),
  ],
  'call-someone': ['Rang {who} and talked it through.', 'Texted {who}, who rang straight back.', 'A quick call with {who} took the edge off.'],
  meeting: [
    'Went to the meeting and mostly listened; it helped to hear the others.',
    "Meeting tonight. Someone said exactly what I'd been thinking.",
    'Harbour Road this evening: tea, chairs, honest people.',
    ...when((day) => day.weekday === 6 && day.contacted.includes('tomas'), 'Saturday morning meeting, then the market with Tomás.'),
  ],
};

const SUNDAY_WALK = [
  'Sunday walk with Aoife out to the lighthouse and back.',
  'Aoife and I did the long loop by the sea, and she made me stop for a scone.',
  'Walked with Aoife and Saoirse on the strand; Saoirse collected every shell on it.',
];

const CLOSERS = {
  hard: ['Bed early. Tomorrow is another go.', "No drink today. That's the win.", 'Not pretty, but I got through it.', "I'll take it."],
  ok: ['Another day done.', 'Onwards.', 'Early night.', 'Grateful for an ordinary day.', 'Phone out of the bedroom now.'],
  good: ['More of this, please.', 'Going to bed pleased with myself, which is new.', "A day I'd happily repeat.", 'Proud of today.'],
};

function journalFor(day) {
  const level = day.mood <= 2 ? 'low' : day.mood === 3 ? 'mid' : day.triggers.length > 0 ? 'mixed' : 'high';
  const sentences = [];
  const arc = ARC_LINES[day.phase];
  if (arc && prose.chance(day.phase === 'early' ? 0.8 : 0.3)) sentences.push(pickFresh(`arc-${day.phase}`, usable(arc, day)).replace('{n}', String(daysSinceStart(day.date) + 1)));
  sentences.push(pickFresh(`open-${level}`, usable(OPENERS[level], day)));
  const triggers = day.triggers.filter((id) => TRIGGER_LINES[id]);
  if (triggers.length > 0) {
    const trigger = prose.pick(triggers);
    sentences.push(pickFresh(trigger, TRIGGER_LINES[trigger]));
  }
  const sundayWithAoife = day.weekday === 7 && day.walk_km !== undefined && sawAoife(day);
  if (sundayWithAoife) sentences.push(pickFresh('sunday', SUNDAY_WALK));
  // Whoever Alex rang, it was not the sister they spent the afternoon walking with.
  const rang = day.contacted.filter((id) => id !== 'niamh' && !(id === 'aoife' && sundayWithAoife));
  const coping = day.coping.filter((id) => !(id === 'walk' && sundayWithAoife) && !(id === 'call-someone' && rang.length === 0));
  if (coping.length > 0) {
    const id = prose.pick(coping);
    sentences.push(pickFresh(id, usable(COPING_LINES[id], day)).replace('{who}', rang.length > 0 ? SUPPORT_NAMES[prose.pick(rang)] : ''));
  }
  if (day.contacted.includes('niamh')) sentences.push(prose.pick(['Session with Niamh in the afternoon.', 'Saw Niamh today; we worked on the 4 a.m. thoughts.']));
  if (day.course) sentences.push(prose.pick(['Woodwork class tonight; the joints are getting tighter.', 'Class tonight. Two hours of thinking about nothing but a mortise.']));
  const tone = day.difficulty === 'hard' || day.difficulty === 'very-hard' ? 'hard' : day.mood >= 4 ? 'good' : 'ok';
  sentences.push(pickFresh(`close-${tone}`, CLOSERS[tone]));
  return sentences.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Key days, written by hand. Their fields replace the drawn ones (null removes a field).

const SPECIAL_DAYS = {
  '2026-07-28': {
    mood: 2, craving: 8, difficulty: 'very-hard', sleep: 4.5,
    triggers: ['lonely-evenings', 'just-one'], warning_signs: [], coping: ['urge-surf', 'call-someone'],
    contacted: ['aoife', 'tomas'], meetings: null, coffee_cups: 5, walk_km: null,
    gratitude: ['Aoife, who came at eight in the morning', 'Tomás answering at nine at night'],
    journal: `Day one. Aoife came over first thing and we poured what was left down the sink, then she
took the empties away in the boot of her car. I kept waiting to feel relief. Mostly I felt shaky
and scared.

Tomás, who I was in school with and who has six years behind him, gave me the time of the
Harbour Road meeting tomorrow. I rang him at nine tonight when the flat got too quiet, and he just
talked about football until the worst of it passed. Five coffees today, which explains the hands.`,
  },
  '2026-07-29': {
    journal: `First meeting at Harbour Road. I said my name and nothing else, and nobody seemed to
mind. A woman about my age said she used to plan her whole week around the off-licence opening
hours, and I nearly laughed out loud because I thought that was only me. I think this is my home
group now.`,
  },
  '2026-07-30': {
    journal: `First appointment with Niamh at the Northside service. An hour of questions, some of
them hard to answer honestly. She said the anxiety and the drinking have been feeding each other
for years, and that we'll work on both. She gave me the thought-record sheets to try.`,
  },
  '2026-08-03': {
    contacted: ['dara', 'tomas'], coping: ['meeting', 'call-someone'],
    journal: `Asked Dara to be my sponsor after the meeting. I'd rehearsed it all day and still
made a mess of it. Dara just said "grand, ring me tomorrow", as if it was nothing. It wasn't
nothing to me.`,
  },
  '2026-08-11': {
    sleep: 5.5, coffee_cups: 4,
    journal: `Two weeks. Sleep is still rubbish and I'm living on coffee, but the mornings are
different. I remembered every part of yesterday. Niamh says the first weeks are the loudest and it
gets quieter. I'm holding her to that.`,
  },
  '2026-08-15': {
    mood: 4, craving: 6, difficulty: 'hard',
    triggers: ['celebrations', 'just-one'], warning_signs: [], coping: ['call-someone', 'play-tape', 'meeting'],
    contacted: ['dara'], gratitude: ['Sparkling water with lime', 'Dara on speed dial'],
    journal: `Ger's birthday barbecue. I went with a plan: sparkling water in my hand the whole
time, Dara on standby, leave after the cake. Someone put a beer in my hand when I arrived and I
put it down on the wall and walked off to text Dara. I played the tape forward to tomorrow
morning, stayed two hours, and left after the cake like I said I would. First party sober in
about ten years. Proud of myself tonight.`,
  },
  '2026-08-27': {
    mood: 4, craving: 3, difficulty: 'ok',
    triggers: [], warning_signs: [], coping: ['thought-record', 'walk'],
    contacted: ['dara', 'niamh'], coffee_cups: 3, walk_km: 3.8,
    gratitude: ['Thirty days', 'A review that felt like a conversation, not an exam'],
    journal: `Thirty days. Did my first review with Niamh this afternoon and went through it again
with Dara on the phone tonight. The meetings are working, the walks are working, and the
coffee goal is not: one cup a day from five was never going to happen, and failing at it every
day was making me feel worse. We changed it to two and I start counting again tomorrow.

I bought a cake on the way home and ate a slice of it standing at the counter. Thirty days.`,
  },
  '2026-08-28': {
    warning_signs: ['skipping-meetings'], meetings: null,
    journal: `Heading to Galway for the weekend to stay with Ciara. Told myself I'd find a meeting
there and then didn't look one up, which Dara would call a "good reason to skip a meeting". Noting
it here so I can't pretend I didn't notice.`,
  },
  '2026-09-10': {
    coping: ['thought-record', 'walk'], contacted: ['dara', 'niamh'], walk_km: 4.4,
    journal: `Niamh in the morning, then back to Dr Byrne for the blood results at lunchtime. The
liver numbers are already better than in June. She said "keep going" and I nearly cried in the
surgery. Walked home the long way to take it in.`,
  },
  '2026-09-12': {
    triggers: ['celebrations', 'old-crowd'], coping: ['meeting', 'call-someone'], contacted: ['dara'],
    journal: `Declan's leaving do was tonight at the Anchor, with the whole Friday crowd. I sent him
a card and a message instead and went to the open workshop this afternoon. I felt left out and a
bit sorry for myself for an hour, then fine. I don't have to go to everything to be a good
colleague.`,
  },
  '2026-09-15': {
    gratitude: ['The smell of sawdust', 'A tutor who explains everything twice'],
    journal: `First night of the woodworking course. Two hours of planing a board flat and I didn't
think about drinking once. The smell of the place! I've missed making things more than I knew.`,
  },
  '2026-09-23': {
    mood: 4, meetings: 1,
    gratitude: ['Two people saying thanks', 'Tomás in the back row'],
    journal: `Shared at the meeting for the first time instead of only listening. Three minutes
about the barbecue and how scared I'd been. My voice shook. Afterwards two people came up and
said thanks. Tomás gave me a thumbs-up from the back row.`,
  },
  '2026-09-26': {
    mood: 4, craving: 2, difficulty: 'easy',
    triggers: [], warning_signs: [], coping: ['meeting', 'walk'],
    contacted: ['dara', 'aoife'], walk_km: 5.5,
    gratitude: ['Sixty days', 'Aoife saying she has her sibling back'],
    journal: `Sixty days. Saturday meeting, then coffee with Dara, then I walked over to Aoife's for
dinner and we went through the month together. I'm sleeping better, I'm walking most days, and I've shared at a
meeting. What's hard is that the evenings can still be long, and work is about to get busy.

Aoife said she has her sibling back. I had to go and stand in the garden for a minute.`,
  },
  '2026-10-10': {
    mood: 2, craving: 6, coping: ['meeting'], coffee_cups: 4,
    journal: `Saturday meeting, but I slipped out at the break to get back to the laptop. The project
is due Friday and I've stopped pretending it'll be fine. Four coffees. Worked until nine and had
toast for dinner.`,
  },
  '2026-10-11': {
    coping: ['walk'], walk_km: 9.4, gratitude: [],
    journal: `Told Aoife I couldn't do the Sunday walk because of work: the first Sunday I've missed
since July. Worked all day with the curtains shut, then went out at ten at night and walked for
two hours because I couldn't sit still. I didn't ring anyone.`,
  },
  '2026-10-12': {
    coping: ['thought-record', 'meeting'], gratitude: [],
    journal: `Went to the meeting but sat at the back and left before the end so nobody could ask how
I was. Dara rang on the way home and I let it ring out, then texted "all good, busy week". Did a
thought record at midnight about the project. It helped for about ten minutes.`,
  },
  '2026-10-13': {
    sleep: 5, warning_signs: ['poor-sleep', 'isolating', 'skipping-meetings'], coping: ['halt-check'], gratitude: [],
    journal: `Woodwork class. I could barely hold the chisel straight on five hours' sleep, and when
the tutor asked if I was alright I said yes. Lay down when I got home instead of eating. I've
already decided I'm too busy for tomorrow's meeting, which I know is the warning sign talking.`,
  },
  '2026-10-15': {
    sleep: 5, warning_signs: ['poor-sleep', 'isolating', 'skipping-meetings', 'romanticising'], coping: ['halt-check'],
    journal: `I didn't check in yesterday, and I didn't go to the meeting either. Worked until one in
the morning. Aoife texted about the wedding on Saturday and I sent back a thumbs-up. I keep
picturing Ciarán's wedding like the old days, the good bits only. I know what that is. Beans on
toast for dinner, standing up.`,
  },
  '2026-10-16': {
    mood: 2, craving: 7, difficulty: 'very-hard', sleep: 5,
    triggers: ['work-deadlines', 'just-one', 'tired-hungry'], warning_signs: ['skipping-meetings', 'isolating', 'poor-sleep', 'romanticising'],
    coping: [], contacted: [], meetings: null, walk_km: null, coffee_cups: 4, gratitude: [],
    journal: `Project went out at six. I skipped the meeting tonight, and Wednesday's, and had a
reason ready for both. Dara texted and I said I was "grand, just busy", which was not true. I keep thinking about the wedding tomorrow
and picturing the good version of it, the band and the toasts, and none of the rest. I know that's
one of my warning signs. I'm writing it down and still not ringing anyone.`,
  },
  '2026-10-17': {
    mood: 2, craving: 9, used: true, difficulty: 'very-hard', sleep: 5.5,
    triggers: ['celebrations', 'old-crowd', 'just-one'], warning_signs: ['romanticising'],
    coping: [], contacted: [], meetings: null, walk_km: null, coffee_cups: 2,
    gratitude: [],
    journal: `Cousin Ciarán's wedding. I had a plan on paper: sparkling water, leave after the
speeches, Dara on standby. What actually happened is that I'd had a week of no sleep and no
meetings and hadn't told anyone, and when the toasts came round the "just one" voice said I'd
earned it. One glass of champagne, then a few pints at the bar with some of the old crowd. I got a
taxi home around eleven.

Writing this at midnight because the plan says to be honest here. I had a drink today. It's a
setback, not the end of anything, and tomorrow I ring Dara first thing.`,
  },
  '2026-10-18': {
    mood: 2, craving: 4, difficulty: 'very-hard', sleep: 6,
    triggers: [], warning_signs: [], coping: ['call-someone', 'walk', 'play-tape'],
    contacted: ['dara', 'aoife'], walk_km: 7.5, coffee_cups: 2,
    gratitude: ['Dara not lecturing me', 'Aoife saying "so, tomorrow then"'],
    journal: `Rang Dara at nine before I could talk myself out of it. No lecture. Dara asked what
happened, what I'd learned, and when my next meeting was, in that order. Then I walked the long
loop with Aoife and told her too. She hugged me and said "so, tomorrow then".

What I learned, written down so I keep it:

- The wedding wasn't where it started. The week before was: skipping meetings, no sleep, telling
  Dara I was fine.
- Skipping meetings is my loudest warning sign, and I walked straight past it.
- "Just one" is never a plan. It's the voice.

The counter starts again, but the eighty-one days before yesterday still happened.`,
  },
  '2026-10-19': {
    mood: 3, craving: 4, difficulty: 'hard',
    coping: ['meeting', 'thought-record', 'call-someone'], contacted: ['dara', 'niamh', 'tomas'], walk_km: null,
    journal: `Niamh fitted in an extra session this morning. We did a thought record on "I've ruined
everything", and on paper the evidence against it took up most of the page. Meeting tonight; I
said it out loud there too. Nobody looked at me any differently. Tomás walked me to the bus.`,
  },
  '2026-10-26': {
    mood: 4, craving: 2, difficulty: 'ok',
    triggers: [], warning_signs: [], coping: ['meeting', 'thought-record', 'walk'],
    contacted: ['dara', 'niamh'], walk_km: 4.2,
    gratitude: ['Ninety days since I started', 'Having a plan that bends instead of breaks'],
    journal: `Ninety days since I started. Not ninety in a row: eighty-one, one hard night, and
eight since. Niamh made me write both numbers down and look at the first one for a while.

Review with Niamh and then with Dara. We're pausing the woodworking course until January: it
landed on top of the worst weeks at work and I was running on empty. Tuesday evenings go to
cooking a proper dinner and an early night for now. Four meetings a week until the end of the
month, and for every celebration from now on an exit plan that I actually tell someone about.`,
  },
  '2026-11-02': {
    meetings: 1,
    journal: `Opened the savings account today, a few days later than I planned, and moved the first
chunk of "drink money" into it. Calling it the table fund. Meeting tonight, then home to a quiet
flat that felt fine for once.`,
  },
  '2026-11-14': {
    mood: 5, craving: 3, difficulty: 'ok',
    triggers: ['celebrations'], warning_signs: [], coping: ['call-someone', 'play-tape', 'meeting'],
    contacted: ['dara', 'aoife'],
    gratitude: ["Saoirse's birthday", 'An exit plan that worked'],
    journal: `Saoirse's ninth birthday party at Aoife's. The adults had wine in the kitchen. This
time I told Dara the plan beforehand: arrive at three, own drinks in the bag, leave at six, text
when I'm home. I spent most of the afternoon in the garden being a climbing frame. Texted Dara at
6:20 from the bus. Saoirse says I'm the best at piggybacks.`,
  },
  '2026-11-24': {
    mood: 4, craving: 1, difficulty: 'easy',
    journal: `Quiet Tuesday. Four months on Saturday since I started this plan. I looked back through
the check-ins tonight: the first fortnight reads like someone else wrote it, and the week before
the wedding is right there in black and white, every warning sign ticked. That's what this is
for, I suppose. Review is due tomorrow; I'll bring that to Dara.`,
  },
};

// ---------------------------------------------------------------------------------------------
// Front matter: flat YAML 1.2 (core schema), quoting only what must be quoted.

const FIELD_ORDER = ['mood', 'craving', 'used', 'difficulty', 'sleep', 'triggers', 'warning_signs', 'coping', 'contacted', ...METRICS, 'gratitude'];

function scalar(value) {
  if (typeof value !== 'string') return String(value);
  // Block-context plain scalars: start with a letter, no ': ' or ' #', nothing YAML would read as another type.
  const reserved = /^(?:true|false|null|yes|no|on|off|y|n)$/i.test(value);
  const plain = /^\p{L}/u.test(value) && !/: |:$| #|[\n\r]|\s$/.test(value);
  return plain && !reserved ? value : JSON.stringify(value);
}

function render(entry, journal) {
  const lines = ['---', MARKER];
  for (const key of FIELD_ORDER) {
    const value = entry[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      if (key === 'gratitude') lines.push(`${key}:`, ...value.map((item) => `  - ${scalar(item)}`));
      else lines.push(`${key}: [${value.join(', ')}]`);
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  lines.push('---', '', journal.trim(), '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The whole set, checked against plan.md, then written.

function generate() {
  const files = new Map();
  for (let date = FIRST_DAY; date <= LAST_DAY; date = addDays(date, 1)) {
    // A missed day is still drawn: it happened, and its draws keep the rest of the story in place.
    const drawn = ordinaryDay(date);
    if (MISSED.has(date)) {
      previousSleep.value = drawn.sleep;
      continue;
    }
    const special = SPECIAL_DAYS[date] ?? {};
    const entry = { ...drawn };
    for (const [key, value] of Object.entries(special)) if (key !== 'journal') entry[key] = value;
    // A key day that lists its coping also says whether there was a walk; its mood and craving set its difficulty.
    if (!('difficulty' in special)) entry.difficulty = difficultyOf(entry.mood, entry.craving);
    if (special.coping && !special.coping.includes('walk') && !('walk_km' in special)) entry.walk_km = undefined;
    for (const id of entry.contacted) contactLog[id] = date;
    previousSleep.value = entry.sleep;
    const day = { ...entry, date, weekday: weekday(date), phase: baseline(date).phase, meeting: entry.meetings > 0, course: entry.course_sessions > 0 };
    if (special.gratitude === undefined) entry.gratitude = gratitudeFor(day);
    const journal = special.journal ?? journalFor(day);
    const path = join(CHECKINS_DIR, date.slice(0, 4), date.slice(5, 7), `${date}.md`);
    files.set(path, render(entry, journal));
    assertConsistent(date, entry);
  }
  return files;
}

/** The ids are the plan's, and the fields tell one story: a walk has its km, a meeting its count. */
function assertConsistent(date, entry) {
  const lists = { triggers: TRIGGERS, warning_signs: WARNING_SIGNS, coping: COPING, contacted: SUPPORTS };
  const problems = [];
  for (const [key, ids] of Object.entries(lists)) {
    for (const id of entry[key] ?? []) if (!ids.includes(id)) problems.push(`${key} names '${id}', which is not in the script's list`);
  }
  const has = (id) => entry.coping.includes(id);
  if (has('walk') !== (entry.walk_km != null)) problems.push('coping walk and walk_km disagree');
  if (has('meeting') && !entry.meetings) problems.push('coping meeting without meetings');
  if (has('call-someone') && !entry.contacted.some((id) => id !== 'niamh')) problems.push('coping call-someone without anyone contacted');
  if (problems.length > 0) throw new Error(`${date}: ${problems.join('; ')}`);
}

/** Every id and metric the script writes must be in plan.md, or the example would not check. */
function assertPlanAgrees() {
  const plan = readFileSync(join(PLAN_DIR, 'plan.md'), 'utf8');
  const ids = new Set([...plan.matchAll(/^\s*-\s*id:\s*([a-z0-9-]+)\s*$/gm)].map((m) => m[1]));
  const metrics = new Set([...plan.matchAll(/^\s*metric:\s*([a-z0-9_]+)\s*$/gm)].map((m) => m[1]));
  const missing = [...TRIGGERS, ...WARNING_SIGNS, ...COPING, ...SUPPORTS].filter((id) => !ids.has(id));
  missing.push(...METRICS.filter((metric) => !metrics.has(metric)));
  if (missing.length > 0) fail(`plan.md has no ${missing.map((id) => `'${id}'`).join(', ')}: update the lists in this script or plan.md`);
}

/** Files under checkins/, recursively. */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

function removeEmptyDirs(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) removeEmptyDirs(join(dir, entry.name));
  if (dir !== CHECKINS_DIR && readdirSync(dir).length === 0) rmdirSync(dir);
}

function isInside(path, dir) {
  const rel = relative(dir, resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

function fail(message) {
  process.stderr.write(`generate-example: ${message}\n`);
  process.exit(1);
}

function main(args) {
  const unknown = args.filter((arg) => arg !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`generate-example: unknown argument ${unknown[0]}\nusage: node scripts/generate-example.js [--check]\n`);
    process.exit(2);
  }
  assertPlanAgrees();
  const files = generate();
  for (const path of files.keys()) if (!isInside(path, CHECKINS_DIR)) fail(`refusing to write ${path}, outside ${CHECKINS_DIR}`);

  const existing = listFiles(CHECKINS_DIR);
  const display = (path) => relative(process.cwd(), path);

  if (args.includes('--check')) {
    const stale = [...files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
    const extra = existing.filter((path) => !files.has(path));
    for (const path of [...stale, ...extra]) process.stderr.write(`differs: ${display(path)}\n`);
    if (stale.length + extra.length > 0) fail(`${stale.length + extra.length} check-in files differ; run node scripts/generate-example.js`);
    process.stdout.write(`${files.size} check-ins are as generated\n`);
    return;
  }

  const handWritten = existing.filter((path) => !readFileSync(path, 'utf8').includes(MARKER));
  if (handWritten.length > 0) {
    fail(`${display(CHECKINS_DIR)} holds files this script did not write, and it will not delete them:\n  ${handWritten.map(display).join('\n  ')}\nMove them elsewhere first.`);
  }
  for (const path of existing) rmSync(path);
  if (existsSync(CHECKINS_DIR)) removeEmptyDirs(CHECKINS_DIR);
  for (const [path, text] of files) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  }
  process.stdout.write(`wrote ${files.size} check-ins to ${display(CHECKINS_DIR)}\n`);
}

main(process.argv.slice(2));
