import { isMoneyMetric } from '@/components/boardValue';
import type { BoardLevel, BoardMetric, CompetitionScope, Ref } from '@/lib/api';

/**
 * The participant picker's state: what the competition is between (departments, locations or countries) and the
 * chosen ids with their names (kept, so a choice stays listed after the person moves on to another location).
 */
export interface Participants {
  scope: CompetitionScope;
  /** id (department id, location id, or country code) → name, in the order chosen. */
  chosen: ReadonlyMap<string, string>;
}

/** A new picker: departments, pre-selecting the departments I lead (a lead usually competes with their own). */
export function initialParticipants(leads: readonly Ref[] = []): Participants {
  return { scope: 'DEPARTMENTS', chosen: new Map(leads.map((lead) => [String(lead.id), lead.name])) };
}

/** Another scope: the ids mean something else, so the choice starts over (with my departments for DEPARTMENTS). */
export function withScope(state: Participants, scope: CompetitionScope, leads: readonly Ref[] = []): Participants {
  if (scope === state.scope) return state;
  return scope === 'DEPARTMENTS' ? initialParticipants(leads) : { scope, chosen: new Map() };
}

export function isChosen(state: Participants, id: string): boolean {
  return state.chosen.has(id);
}

/** Adds or removes one participant. */
export function toggle(state: Participants, id: string, name: string): Participants {
  const chosen = new Map(state.chosen);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.set(id, name);
  return { ...state, chosen };
}

/** Chooses all of `items` (e.g. every department at a location), or removes them all when all were chosen. */
export function toggleAll(state: Participants, items: readonly { id: string; name: string }[]): Participants {
  const all = items.length > 0 && items.every((item) => state.chosen.has(item.id));
  const chosen = new Map(state.chosen);
  for (const item of items) {
    if (all) chosen.delete(item.id);
    else chosen.set(item.id, item.name);
  }
  return { ...state, chosen };
}

/** The request's scopeIds (strings, unique, in the order chosen). */
export function scopeIds(state: Participants): string[] {
  return [...state.chosen.keys()];
}

/** From a saved competition (its names are unknown until the lists are read: the id stands in). */
export function participantsOf(scope: CompetitionScope, ids: readonly string[], names: ReadonlyMap<string, string> = new Map()): Participants {
  return { scope, chosen: new Map(ids.map((id) => [id, names.get(id) ?? id])) };
}

/** The board level that matches a scope: the competition is between these. */
export function levelOfScope(scope: CompetitionScope): BoardLevel {
  return scope === 'COUNTRIES' ? 'COUNTRY' : scope === 'LOCATIONS' ? 'LOCATION' : 'DEPARTMENT';
}

/** The board levels worth showing for a scope: its own, and the finer ones inside it. */
export function levelsOfScope(scope: CompetitionScope): BoardLevel[] {
  if (scope === 'COUNTRIES') return ['COUNTRY', 'LOCATION', 'DEPARTMENT'];
  if (scope === 'LOCATIONS') return ['LOCATION', 'DEPARTMENT'];
  return ['DEPARTMENT'];
}

/**
 * The levels a competition's board can switch between: those of its scope, and for a money metric also the
 * people (those who chose to be shown, by what they raised by name); people are ranked only by money.
 */
export function boardLevels(scope: CompetitionScope, metric: BoardMetric): BoardLevel[] {
  const levels = levelsOfScope(scope);
  return isMoneyMetric(metric) ? [...levels, 'PERSON'] : levels;
}
