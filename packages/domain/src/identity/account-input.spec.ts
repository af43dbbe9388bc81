import { ACCOUNT_LIMITS, emailProblem, nameProblem, newPasswordProblem, normaliseEmail } from './account-input';

describe('account input rules', () => {
  it('normalises email addresses to trimmed lower case', () => {
    expect(normaliseEmail('  Jane.Doe@NHS.net ')).toBe('jane.doe@nhs.net');
  });

  it.each(['jane.doe@nhs.net', 'lead@idt-canvas.test', 'A.B+tag@example.nhs.uk'])('accepts %p', (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  it.each([
    ['', 'Enter an email address'],
    ['   ', 'Enter an email address'],
    ['jane', /correct format/],
    ['jane@nhs', /correct format/],
    ['jane doe@nhs.net', /correct format/],
    ['<script>@x.com', /correct format/],
    ["x'); DROP TABLE user_account;--@nhs.net", /correct format/],
    [`${'a'.repeat(250)}@nhs.net`, /254 characters or fewer/],
  ])('refuses %p', (email, problem) => {
    expect(emailProblem(email)).toMatch(problem);
  });

  it('checks names: present, not too long, no control characters', () => {
    expect(nameProblem('Jane Doe')).toBeNull();
    expect(nameProblem('  ')).toBe('Enter a name');
    expect(nameProblem('x'.repeat(ACCOUNT_LIMITS.nameMaxLength + 1))).toMatch(/120 characters or fewer/);
    expect(nameProblem('Jane\u0000Doe')).toMatch(/control characters/);
    expect(nameProblem('', 'Cohort name')).toBe('Enter a cohort name');
    expect(nameProblem('<script>alert(1)</script>')).toBe('Name must not contain < or >');
    expect(nameProblem("Siobhán O'Brien-Smith")).toBeNull();
  });

  it('checks new passwords for length only (no composition rules, as NCSC advises)', () => {
    expect(newPasswordProblem('correct horse battery')).toBeNull();
    expect(newPasswordProblem('short')).toMatch(/at least 12/);
    expect(newPasswordProblem('x'.repeat(129))).toMatch(/128 characters or fewer/);
  });
});
