// What `check` and `report` both say about a plans folder with no plan in it.

export function noPlans(dir: string): string {
  return `no plans found in ${dir}: create one with 'waymark new plan SLUG'`;
}
