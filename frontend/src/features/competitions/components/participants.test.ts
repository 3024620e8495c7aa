import { describe, expect, it } from 'vitest';
import { GOAL_VALUE_UNIT, goalLabel, goalToInput, goalUnit, parseGoal } from './goal';
import { boardLevels, initialParticipants, levelOfScope, levelsOfScope, participantsOf, scopeIds, toggle, toggleAll, withScope } from './participants';

const leads = [
  { id: 4, name: 'Anæstesi' },
  { id: 9, name: 'IT' },
];

describe('participant picker', () => {
  it('starts with departments, pre-selecting the ones I lead', () => {
    const state = initialParticipants(leads);
    expect(state.scope).toBe('DEPARTMENTS');
    expect(scopeIds(state)).toEqual(['4', '9']);
    expect(scopeIds(initialParticipants())).toEqual([]);
  });

  it('toggles one participant, keeping names of choices made at other locations', () => {
    let state = initialParticipants(leads);
    state = toggle(state, '12', 'HR');
    expect(scopeIds(state)).toEqual(['4', '9', '12']);
    expect(state.chosen.get('12')).toBe('HR');
    state = toggle(state, '4', 'Anæstesi');
    expect(scopeIds(state)).toEqual(['9', '12']);
  });

  it('toggles all of a list: adds the missing, or removes all when all were chosen', () => {
    const items = [
      { id: '9', name: 'IT' },
      { id: '10', name: 'Økonomi' },
    ];
    let state = toggleAll(initialParticipants(leads), items);
    expect(scopeIds(state)).toEqual(['4', '9', '10']);
    state = toggleAll(state, items);
    expect(scopeIds(state)).toEqual(['4']);
    expect(scopeIds(toggleAll(state, []))).toEqual(['4']);
  });

  it('starts over when the scope changes, since ids mean something else', () => {
    let state = toggle(initialParticipants(leads), '12', 'HR');
    state = withScope(state, 'COUNTRIES', leads);
    expect(state.scope).toBe('COUNTRIES');
    expect(scopeIds(state)).toEqual([]);
    state = toggle(state, 'DK', 'Danmark');
    expect(withScope(state, 'COUNTRIES', leads)).toBe(state);
    expect(scopeIds(withScope(state, 'DEPARTMENTS', leads))).toEqual(['4', '9']);
  });

  it('reads a saved competition', () => {
    const state = participantsOf('LOCATIONS', ['2', '3'], new Map([['2', 'Aarhus']]));
    expect(state.chosen.get('2')).toBe('Aarhus');
    expect(state.chosen.get('3')).toBe('3');
  });

  it('maps scopes to board levels', () => {
    expect(levelOfScope('DEPARTMENTS')).toBe('DEPARTMENT');
    expect(levelOfScope('LOCATIONS')).toBe('LOCATION');
    expect(levelOfScope('COUNTRIES')).toBe('COUNTRY');
    expect(levelsOfScope('COUNTRIES')).toEqual(['COUNTRY', 'LOCATION', 'DEPARTMENT']);
    expect(levelsOfScope('DEPARTMENTS')).toEqual(['DEPARTMENT']);
  });

  it('offers the people board only for money metrics', () => {
    expect(boardLevels('LOCATIONS', 'MONEY_PLEDGED')).toEqual(['LOCATION', 'DEPARTMENT', 'PERSON']);
    expect(boardLevels('DEPARTMENTS', 'MONEY_COLLECTED')).toEqual(['DEPARTMENT', 'PERSON']);
    expect(boardLevels('DEPARTMENTS', 'PARTICIPATION')).toEqual(['DEPARTMENT']);
    expect(boardLevels('COUNTRIES', 'SHIRTS_PRINTED')).toEqual(['COUNTRY', 'LOCATION', 'DEPARTMENT']);
    expect(boardLevels('LOCATIONS', 'VOLUNTEER_HOURS')).toEqual(['LOCATION', 'DEPARTMENT']);
  });
});

describe('competition goal', () => {
  it('is money, a count or a share depending on metric and ranking', () => {
    expect(goalUnit('MONEY_PLEDGED', 'TOTAL')).toBe('MONEY');
    expect(goalUnit('MONEY_COLLECTED', 'PER_EMPLOYEE')).toBe('MONEY');
    expect(goalUnit('PARTICIPATION', 'TOTAL')).toBe('COUNT');
    expect(goalUnit('PARTICIPATION', 'PER_EMPLOYEE')).toBe('PERCENT');
    expect(goalUnit('SHIRTS_PRINTED', 'TOTAL')).toBe('COUNT');
    expect(goalUnit('SHIRTS_PRINTED', 'PER_EMPLOYEE')).toBe('PERCENT');
    expect(goalUnit('VOLUNTEER_HOURS', 'TOTAL')).toBe('HOURS');
    expect(goalUnit('VOLUNTEER_HOURS', 'PER_EMPLOYEE')).toBe('HOURS');
  });

  it('is labelled by what is counted', () => {
    expect(goalLabel('MONEY_PLEDGED', 'PER_EMPLOYEE')).toBe('MONEY');
    expect(goalLabel('PARTICIPATION', 'TOTAL')).toBe('COUNT');
    expect(goalLabel('SHIRTS_PRINTED', 'TOTAL')).toBe('SHIRTS_COUNT');
    expect(goalLabel('SHIRTS_PRINTED', 'PER_EMPLOYEE')).toBe('SHIRTS_PERCENT');
    expect(goalLabel('VOLUNTEER_HOURS', 'TOTAL')).toBe('HOURS');
    expect(goalLabel('VOLUNTEER_HOURS', 'PER_EMPLOYEE')).toBe('HOURS_PER_EMPLOYEE');
  });

  it('limits a share of employees to 100 %, but not shirts per employee', () => {
    expect(parseGoal('101', 'PERCENT', 'PARTICIPATION')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseGoal('150', 'PERCENT', 'SHIRTS_PRINTED')).toEqual({ ok: true, value: 15000 });
    expect(parseGoal('40', 'COUNT', 'SHIRTS_PRINTED')).toEqual({ ok: true, value: 40 });
  });

  it('parses to the contract’s units, empty meaning no goal', () => {
    expect(parseGoal('', 'MONEY')).toEqual({ ok: true, value: undefined });
    expect(parseGoal('1000,50', 'MONEY')).toEqual({ ok: true, value: 100050 });
    expect(parseGoal('25', 'COUNT')).toEqual({ ok: true, value: 25 });
    expect(parseGoal('2,5', 'COUNT').ok).toBe(false);
    expect(parseGoal('12,5', 'PERCENT')).toEqual({ ok: true, value: 1250 });
    expect(parseGoal('101', 'PERCENT')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseGoal('0', 'MONEY').ok).toBe(false);
  });

  it('takes hours with up to two decimals and sends minutes', () => {
    expect(parseGoal('12,5', 'HOURS', 'VOLUNTEER_HOURS')).toEqual({ ok: true, value: 750 });
    expect(parseGoal('12.5', 'HOURS')).toEqual({ ok: true, value: 750 });
    expect(parseGoal('40', 'HOURS')).toEqual({ ok: true, value: 2400 });
    expect(parseGoal('1,33', 'HOURS')).toEqual({ ok: true, value: 80 });
    expect(parseGoal('0,01', 'HOURS')).toEqual({ ok: true, value: 1 });
    expect(parseGoal('1,255', 'HOURS')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseGoal('0', 'HOURS')).toEqual({ ok: false, problem: 'zero' });
    expect(parseGoal('-2', 'HOURS').ok).toBe(false);
  });

  it('is shown in the unit of a board of the same metric', () => {
    expect(GOAL_VALUE_UNIT[goalUnit('VOLUNTEER_HOURS', 'PER_EMPLOYEE')]).toBe('MINUTES');
    expect(GOAL_VALUE_UNIT[goalUnit('PARTICIPATION', 'PER_EMPLOYEE')]).toBe('BASIS_POINTS');
    expect(GOAL_VALUE_UNIT[goalUnit('MONEY_PLEDGED', 'TOTAL')]).toBe('MINOR');
    expect(GOAL_VALUE_UNIT[goalUnit('SHIRTS_PRINTED', 'TOTAL')]).toBe('COUNT');
  });

  it('turns saved minutes back into hours that parse to the same minutes', () => {
    expect(goalToInput(750, 'HOURS')).toBe('12,5');
    expect(goalToInput(2400, 'HOURS', '.')).toBe('40');
    expect(goalToInput(80, 'HOURS')).toBe('1,33');
    expect(goalToInput(1, 'HOURS')).toBe('0,02');
    for (const minutes of [1, 7, 59, 61, 80, 750, 12_345]) {
      expect(parseGoal(goalToInput(minutes, 'HOURS'), 'HOURS')).toEqual({ ok: true, value: minutes });
    }
  });

  it('turns a saved goal back into field text', () => {
    expect(goalToInput(100050, 'MONEY')).toBe('1000,50');
    expect(goalToInput(100000, 'MONEY')).toBe('1000');
    expect(goalToInput(25, 'COUNT')).toBe('25');
    expect(goalToInput(1250, 'PERCENT', '.')).toBe('12.50');
    expect(goalToInput(undefined, 'MONEY')).toBe('');
  });
});
