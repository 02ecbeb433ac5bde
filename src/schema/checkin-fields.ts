// The names of the fixed check-in fields, which a goal's metric may not reuse.

export const CHECKIN_FIELDS: readonly string[] = [
  'date',
  'mood',
  'craving',
  'used',
  'difficulty',
  'sleep',
  'triggers',
  'warning_signs',
  'coping',
  'contacted',
  'gratitude',
];
