const KLEUR: Record<string, string> = {
  afgesloten: 'bg-slate-100 text-slate-700 ring-slate-300',
  lopend: 'bg-amber-50 text-amber-900 ring-amber-300',
};

export function StatusLabel({ label, afgesloten }: { label: string; afgesloten: boolean }) {
  return (
    <span
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${KLEUR[afgesloten ? 'afgesloten' : 'lopend']}`}
    >
      {label}
    </span>
  );
}
