// The time zones an editor offers for `timezone`: the zones this Node.js knows, UTC, and today's names of renamed zones.

/**
 * IANA's current names for zones that the ICU data in Node.js lists under an older name
 * (Asia/Kolkata as Asia/Calcutta): `check` accepts both, so the schema offers both.
 * A Node.js that lists the current name already makes its entry here redundant, and it is skipped.
 */
const CURRENT_NAMES = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
];

export interface TimeZoneChoices {
  values: string[];
  /** One per value: the zone's name in words and its offsets from UTC in winter and summer. */
  descriptions: string[];
}

export function timeZoneChoices(): TimeZoneChoices {
  const listed = Intl.supportedValuesOf('timeZone');
  const known = new Set(listed);
  const renamed = CURRENT_NAMES.filter((zone) => !known.has(zone) && known.has(canonical(zone) ?? ''));
  const values = [...new Set([...listed, 'UTC', ...renamed])].sort();
  const descriptions = values.map((zone) => {
    const same = renamed.includes(zone) ? `; the same zone as ${canonical(zone)}` : '';
    return `${describeZone(zone)}${same}`;
  });
  return { values, descriptions };
}

function canonical(zone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** "United Kingdom Time: GMT+0 in January, GMT+1 in July" or "India Standard Time: GMT+5:30". */
function describeZone(zone: string): string {
  const part = (style: 'longGeneric' | 'shortOffset', month: number) =>
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: style }).formatToParts(Date.UTC(2026, month, 15)).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const name = zone === 'UTC' ? 'Coordinated Universal Time' : part('longGeneric', 0);
  const winter = part('shortOffset', 0);
  const summer = part('shortOffset', 6);
  return winter === summer ? `${name}: ${winter}` : `${name}: ${winter} in January, ${summer} in July`;
}
