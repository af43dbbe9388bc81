import { checkNewPassword, PASSWORD_RULES } from './password-policy';

describe('checkNewPassword (ASVS 5 password rules)', () => {
  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(checkNewPassword('a'.repeat(11))?.code).toBe('PASSWORD_TOO_SHORT');
    // 12 emoji are 24 UTF-16 units and 48 bytes, but only 12 characters; a 6-emoji password is still too short.
    expect(checkNewPassword('🦊🐢🌵🚲🎻🧭')?.code).toBe('PASSWORD_TOO_SHORT');
  });

  it('refuses more than 128 characters', () => {
    expect(checkNewPassword('x7#Kq'.repeat(26))?.code).toBe('PASSWORD_TOO_LONG');
  });

  it.each(['Password1234', 'qwertyuiop12', '123456789012', 'iloveyou1234', 'passwordpassword'])(
    'refuses the common or breached password %s',
    (password) => {
      expect(checkNewPassword(password)?.code).toBe('PASSWORD_TOO_EASY_TO_GUESS');
    },
  );

  it("refuses a password built from the person's own name or email", () => {
    const person = { email: 'priya.sharma@nhs.net', name: 'Priya Sharma' };
    expect(checkNewPassword('PriyaSharma2026', person)?.code).toBe('PASSWORD_TOO_EASY_TO_GUESS');
    expect(checkNewPassword('PriyaSharma2026')).toBeNull();
  });

  it('accepts long, uncommon passwords with no composition rule (all lower case, spaces, any script)', () => {
    expect(checkNewPassword('correct horse battery staple')).toBeNull();
    expect(checkNewPassword('kettle orbit lantern meadow')).toBeNull();
    expect(checkNewPassword('ffordd-glas-mynydd-tawel')).toBeNull();
    expect(checkNewPassword('🦊🐢🌵🚲🎻🧭🦊🐢🌵🚲🎻🧭x')).toBeNull();
  });

  it('says why in plain words, with a stable code', () => {
    const problem = checkNewPassword('short');
    expect(problem).toEqual({ code: 'PASSWORD_TOO_SHORT', message: expect.stringContaining(`${PASSWORD_RULES.minLength} characters`) });
  });
});
