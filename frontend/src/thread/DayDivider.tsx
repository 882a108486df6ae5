/** DayDivider separates one day's messages from the next. */
export function DayDivider({ label }: { label: string }) {
  return (
    <div className="day-divider" role="separator">
      <span>{label}</span>
    </div>
  );
}
