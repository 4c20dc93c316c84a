import { COMMON_PASSWORDS, isCommonPassword } from './common-passwords';

describe('COMMON_PASSWORDS', () => {
  it('holds exactly 1,000 distinct lower-case entries', () => {
    expect(COMMON_PASSWORDS).toHaveLength(1000);
    expect(new Set(COMMON_PASSWORDS).size).toBe(1000);
    expect(COMMON_PASSWORDS.filter((p) => p !== p.toLowerCase() || p !== p.trim() || p === '')).toEqual([]);
  });

  it('starts with the classics, most common first', () => {
    expect(COMMON_PASSWORDS.slice(0, 5)).toEqual(['123456', 'password', '12345678', 'qwerty', '123456789']);
  });

  it.each(['123456', 'password', '123456789', '12345678', 'qwerty', 'abc123', 'password1', 'iloveyou', 'trustno1', 'sunshine', 'qwertyuiop', '1q2w3e4r', 'password123'])(
    'contains %p',
    (password) => {
      expect(COMMON_PASSWORDS).toContain(password);
    },
  );

  it('cannot be changed at run time', () => {
    expect(() => (COMMON_PASSWORDS as string[]).push('hunter3')).toThrow(TypeError);
  });
});

describe('isCommonPassword', () => {
  it('ignores case and surrounding spaces', () => {
    expect(isCommonPassword('PassWord1')).toBe(true);
    expect(isCommonPassword('  iloveyou ')).toBe(true);
  });

  it('is false for a password outside the list', () => {
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    expect(isCommonPassword('password1x')).toBe(false);
  });
});
