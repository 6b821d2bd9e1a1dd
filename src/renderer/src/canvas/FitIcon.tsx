// The "fit the whole map in view" icon for the zoom controls: four corners around a small network.
export function FitIcon() {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" />
      <circle cx="5.5" cy="6" r="1.4" fill="currentColor" stroke="none" />
      <circle cx="10.5" cy="7" r="1.4" fill="currentColor" stroke="none" />
      <circle cx="7.5" cy="10.5" r="1.4" fill="currentColor" stroke="none" />
    </svg>
  );
}
