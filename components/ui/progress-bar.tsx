export interface ProgressBarProps {
  /** 1-based. */
  current: number;
  total: number;
  /** Accessible name, e.g. "Check-up progress". */
  label: string;
  /** Visible text, e.g. "Step 3 of 10". */
  text: string;
}

/** A determinate progress bar with its step count in words. */
export function ProgressBar({ current, total, label, text }: ProgressBarProps) {
  const percent = Math.round((Math.min(current, total) / Math.max(total, 1)) * 100);
  return (
    <div className="space-y-1.5">
      <p className="text-xs font-medium text-slate-600" aria-hidden>
        {text}
      </p>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
