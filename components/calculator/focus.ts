/** After a failed submit, move focus to the first field with an error (once React has rendered it). */
export function focusFirstInvalid(formId: string): void {
  requestAnimationFrame(() => {
    const field = document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
}
