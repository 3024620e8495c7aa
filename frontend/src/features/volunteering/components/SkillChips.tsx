import type { Ref } from '@/lib/api';

/** Skills as toggle buttons (44 px high, for thumbs); `selected` holds the pressed ones. */
export function SkillChips({ skills, selected, onToggle, label }: {
  skills: readonly Ref[];
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  label: string;
}) {
  return (
    <ul className="skill-chips" aria-label={label}>
      {skills.map((skill) => (
        <li key={skill.id}>
          <button type="button" className="skill-chip" aria-pressed={selected.has(skill.id)} onClick={() => onToggle(skill.id)}>
            {skill.name}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The set with `id` added, or removed when it was there (a new set, for React state). */
export function toggled(set: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
