import { describe, expect, it } from 'vitest';
import { bySeverity, canCreate, canEdit, codeOk, moveActions, nipOk, parseFacts, verdictTone, waitingFor, worst } from './logic';

describe('move package steps by role', () => {
  it('draft: the operator (and admin) submits or withdraws; nobody else', () => {
    expect(moveActions('draft', 'operator')).toEqual(['submit', 'reject']);
    expect(moveActions('draft', 'admin')).toEqual(['submit', 'reject']);
    expect(moveActions('draft', 'head')).toEqual([]);
  });
  it('submitted: the head of BKPSDM (admin) reviews or rejects', () => {
    expect(moveActions('submitted', 'admin')).toEqual(['review', 'reject']);
    expect(moveActions('submitted', 'operator')).toEqual([]);
    expect(moveActions('submitted', 'head')).toEqual([]);
  });
  it('reviewed: only the PPK (head) approves or rejects', () => {
    expect(moveActions('reviewed', 'head')).toEqual(['approve', 'reject']);
    expect(moveActions('reviewed', 'admin')).toEqual([]);
    expect(moveActions('reviewed', 'super_admin')).toEqual([]);
  });
  it('approved: staff execute, the PPK may still reject; closed packages have no steps', () => {
    expect(moveActions('approved', 'operator')).toEqual(['execute']);
    expect(moveActions('approved', 'head')).toEqual(['reject']);
    expect(moveActions('executed', 'admin')).toEqual([]);
    expect(moveActions('rejected', 'head')).toEqual([]);
  });
  it('editing and creating', () => {
    expect(canEdit('draft', 'operator')).toBe(true);
    expect(canEdit('submitted', 'operator')).toBe(false);
    expect(canEdit('draft', 'head')).toBe(false);
    expect(canCreate('head')).toBe(false);
    expect(waitingFor('reviewed')).toBe('head');
    expect(waitingFor('executed')).toBeNull();
  });
});

describe('verdicts', () => {
  it('finds the worst and sorts by severity', () => {
    expect(worst([])).toBe('allowed');
    expect(worst([{ verdict: 'allowed' }, { verdict: 'needs_approval' }, { verdict: 'warning' }])).toBe('needs_approval');
    expect(worst([{ verdict: 'warning' }, { verdict: 'blocked' }])).toBe('blocked');
    expect(bySeverity([{ verdict: 'allowed', r: 1 }, { verdict: 'blocked', r: 2 }, { verdict: 'allowed', r: 3 }]).map((x) => x.r)).toEqual([2, 1, 3]);
    expect(verdictTone('blocked')).toBe('err');
    expect(verdictTone('allowed')).toBe('ok');
  });
  it('parses the facts', () => {
    expect(parseFacts('age=59 bup=60 reaches_bup_on=2027-06-08')).toEqual([
      ['age', '59'],
      ['bup', '60'],
      ['reaches_bup_on', '2027-06-08'],
    ]);
    expect(parseFacts('range=14..16 odd')).toEqual([['range', '14..16'], ['odd', '']]);
    expect(parseFacts('')).toEqual([]);
    expect(parseFacts(null)).toEqual([]);
  });
});

describe('inputs', () => {
  it('checks NIPs and codes', () => {
    expect(nipOk('196706082001021001')).toBe(true);
    expect(nipOk('19670608 200102 1 001')).toBe(true);
    expect(nipOk('1967')).toBe(false);
    expect(codeOk('ROT-2026/01')).toBe(true);
    expect(codeOk(' ')).toBe(false);
    expect(codeOk('-x')).toBe(false);
  });
});
