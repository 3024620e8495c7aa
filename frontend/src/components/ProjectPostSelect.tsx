import type { SelectHTMLAttributes } from 'react';
import type { Ngo } from '@/lib/api';
import './forms.css';

export interface ProjectPostSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  id: string;
  ngos: readonly Ngo[];
  /** Selected project post id, or '' for none yet. */
  value: number | '';
  onChange: (projectPostId: number | '') => void;
  placeholder: string;
}

/** The open project posts, grouped by NGO. */
export function ProjectPostSelect({ id, ngos, value, onChange, placeholder, ...rest }: ProjectPostSelectProps) {
  return (
    <select
      id={id}
      className="select"
      value={value === '' ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? '' : Number(event.target.value))}
      {...rest}
    >
      <option value="">{placeholder}</option>
      {ngos.map((ngo) => {
        const posts = ngo.posts.filter((post) => post.active);
        if (posts.length === 0) return null;
        return (
          <optgroup key={ngo.id} label={ngo.name}>
            {posts.map((post) => (
              <option key={post.id} value={post.id}>
                {post.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}

/** The open project posts of all NGOs, flat. */
export function activePosts(ngos: readonly Ngo[]) {
  return ngos.flatMap((ngo) => ngo.posts.filter((post) => post.active).map((post) => ({ ...post, ngo: ngo.name })));
}
