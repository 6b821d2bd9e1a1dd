// Small line icons for the file dialogs (SVG, so they look the same on every machine, emoji fonts or not).
export function FolderIcon() {
  return (
    <svg className="icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <path
        d="M2 5.5A1.5 1.5 0 0 1 3.5 4h4l1.6 1.8h7.4A1.5 1.5 0 0 1 18 7.3v7.2a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 2 14.5z"
        fill="#f2c14e"
        stroke="#9a7417"
        strokeWidth="1"
      />
    </svg>
  );
}

export function MapIcon() {
  return (
    <svg className="icon" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <rect x="2.5" y="2.5" width="15" height="15" rx="2.5" fill="#e8f1fb" stroke="#1f5fbf" strokeWidth="1.2" />
      <line x1="6.5" y1="7" x2="13" y2="6.5" stroke="#1f5fbf" strokeWidth="1.2" />
      <line x1="6.5" y1="7" x2="9.5" y2="13.5" stroke="#1f5fbf" strokeWidth="1.2" />
      <circle cx="6.5" cy="7" r="2" fill="#E69F00" />
      <circle cx="13" cy="6.5" r="2" fill="#009E73" />
      <circle cx="9.5" cy="13.5" r="2" fill="#D55E00" />
    </svg>
  );
}
