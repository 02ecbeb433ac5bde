// What the site is built from: a validated plan, its analysis and the warnings that check found in it.

import type { PlanReport } from '../analyze/report.js';
import type { PlanHistory } from '../history/plan-history.js';
import type { Plan } from '../schema/model.js';
import type { Diagnostic } from '../problem/diagnostic.js';

export interface AnalysedPlan {
  plan: Plan;
  report: PlanReport;
  diagnostics: readonly Diagnostic[];
  /** The plan's versions from git; left out when the build did not read git (the history page then says so). */
  history?: PlanHistory;
}
