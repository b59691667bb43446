/**
 * What the admin view writes to the audit log. Link actions are written by
 * lib/server/share (`share_link.create`, `share_link.revoke`) when staff act.
 */
export const AUDIT_ACTIONS = {
  caseView: "case.view",
  caseReveal: "case.reveal",
  noteCreate: "note.create",
  linkCreate: "share_link.create",
  linkRevoke: "share_link.revoke",
  reviewAssign: "review.assign",
  reviewAnswer: "review.answer",
  exportCsv: "export.csv",
  staffCreate: "staff.create",
  staffRoleChange: "staff.role_change",
  staffDisable: "staff.disable",
  staffEnable: "staff.enable",
} as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[keyof typeof AUDIT_ACTIONS];
