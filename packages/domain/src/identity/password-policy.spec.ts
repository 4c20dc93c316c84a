import { DomainError } from '../shared/domain-error';
import { Email } from '../shared/email.value-object';
import { PasswordPolicy, utf8ByteLength } from './password-policy';

function errorOf(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

const TOO_LONG = 'must be at most 72 bytes long in UTF-8 (accented letters take 2 bytes, emoji 4)';
const TOO_SHORT = 'must be at least 8 characters long';
const COMMON = 'is one of the most common passwords; choose one that is harder to guess';
const IS_EMAIL = 'must not be your email address or the part before the @';

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['\ud800', 3], // a lone surrogate is written as U+FFFD
  ])('%p is %p bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });
});

describe('PasswordPolicy', () => {
  it('accepts a long, uncommon password', () => {
    expect(PasswordPolicy.problemsWith('correct horse battery staple', 'ada@example.com')).toEqual([]);
    expect(() => PasswordPolicy.assertAcceptable('correct horse battery staple')).not.toThrow();
  });

  it('counts bytes, not characters: 8 ASCII bytes pass, 7 fail', () => {
    expect(PasswordPolicy.problemsWith('xk#9Lq2!')).toEqual([]);
    expect(PasswordPolicy.problemsWith('xk#9Lq2')).toEqual([TOO_SHORT]);
    // 4 characters, 8 bytes
    expect(PasswordPolicy.problemsWith('éàüö')).toEqual([]);
  });

  it('allows 72 bytes of multi-byte characters and refuses 73 or more', () => {
    expect(PasswordPolicy.problemsWith('é'.repeat(36))).toEqual([]); // 36 characters, 72 bytes
    expect(PasswordPolicy.problemsWith('é'.repeat(37))).toEqual([TOO_LONG]); // 37 characters, 74 bytes
    expect(PasswordPolicy.problemsWith('x'.repeat(72))).toEqual([]);
    expect(PasswordPolicy.problemsWith('x'.repeat(73))).toEqual([TOO_LONG]);
    expect(PasswordPolicy.problemsWith('x'.repeat(69) + '😀')).toEqual([TOO_LONG]); // 73 bytes in 70 characters
    expect(PasswordPolicy.problemsWith('x'.repeat(68) + '😀')).toEqual([]);
  });

  it.each(['password', 'PASSWORD', 'Password1', '12345678', 'iloveyou', 'qwertyuiop', ' sunshine '])(
    'refuses the common password %p whatever its case',
    (password) => {
      expect(PasswordPolicy.problemsWith(password)).toEqual([COMMON]);
    },
  );

  it('refuses the email address and its local part, ignoring case', () => {
    expect(PasswordPolicy.problemsWith('Ada.Lovelace@Example.com', 'ada.lovelace@example.com')).toEqual([IS_EMAIL]);
    expect(PasswordPolicy.problemsWith('ADA.LOVELACE', 'ada.lovelace@example.com')).toEqual([IS_EMAIL]);
    expect(PasswordPolicy.problemsWith('ada.lovelace', Email.create('Ada.Lovelace@example.com'))).toEqual([IS_EMAIL]);
    // other text containing the local part is fine
    expect(PasswordPolicy.problemsWith('ada.lovelace-rocks', 'ada.lovelace@example.com')).toEqual([]);
  });

  it('reports being common and being the email together', () => {
    expect(PasswordPolicy.problemsWith('password', 'password@example.com')).toEqual([COMMON, IS_EMAIL]);
  });

  it('refuses a NUL character, which bcrypt bindings would cut the password at', () => {
    expect(PasswordPolicy.problemsWith('abcdefgh\u0000ijkl')).toEqual(['must not contain the NUL character']);
  });

  it('refuses a non-string', () => {
    expect(PasswordPolicy.problemsWith(undefined)).toEqual(['must be a string']);
    expect(PasswordPolicy.problemsWith(12345678)).toEqual(['must be a string']);
  });

  it('throws a validation error naming the password field', () => {
    const error = errorOf(() => PasswordPolicy.assertAcceptable('short'));
    expect(error.code).toBe('IDENTITY.WEAK_PASSWORD');
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual({ password: [TOO_SHORT] });
    expect(error.message).toContain('password must be at least 8 characters long');
  });

  it('names the field it is told to', () => {
    const error = errorOf(() => PasswordPolicy.assertAcceptable('qwerty123', { field: 'new_password', email: 'a@b.co' }));
    expect(error.details).toEqual({ new_password: [COMMON] });
  });
});
