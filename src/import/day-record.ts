// One day as another app recorded it, before the map and the plan decide what each part becomes in a check-in.

export interface LoggedItem {
  /** Names to look the item up by in the map, most specific first (matched without regard to case). */
  keys: string[];
  /** Where the journal lists the item when the map has no place for it: "activities", a habit's name, a category. */
  group: string;
  /** How the journal lists it: "walk", "yes", "Anxiety (Mild) 2". */
  text: string;
  /** An amount (a numeric habit, a rating), 0 for a habit not done, null when the item was simply there. */
  amount: number | null;
}

export interface DayRecord {
  date: string;
  /** Mood labels as the app wrote them ("good", "4"), in time order. */
  moods: string[];
  /** Activities, habits and other items, in time order. */
  items: LoggedItem[];
  /** Notes in time order, as Markdown. */
  notes: string[];
  /** Hours of sleep, for an app that records them. */
  sleep?: number;
}
