/** One entry point for all repayment methods. */

import { equalInstalmentSchedule } from "./equal-instalment";
import { equalPrincipalSchedule } from "./equal-principal";
import { interestOnlySchedule } from "./interest-only";
import type { RepaymentMethod, Schedule, ScheduleInput } from "./schedule-types";

export function buildSchedule(method: RepaymentMethod, input: ScheduleInput): Schedule {
  switch (method) {
    case "equalInstalment":
      return equalInstalmentSchedule(input);
    case "equalPrincipal":
      return equalPrincipalSchedule(input);
    case "interestOnly":
      return interestOnlySchedule(input);
  }
}
