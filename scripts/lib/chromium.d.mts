export const SYSTEM_CHROMIUM: string;
export function chromiumPath(): string | null;
