import { fieldMessage, formatWait, placeFieldErrors } from './form-errors';

describe('form errors', () => {
  it('turns problem fragments into sentences naming the field', () => {
    expect(fieldMessage('Email', 'is required')).toBe('Email is required');
    expect(fieldMessage('Email', 'Please use your work email')).toBe('Please use your work email');
  });

  it('puts the API problems on the fields it names, and says when something is left over', () => {
    const setError = jest.fn();
    const conflict = { status: 409, code: 'CONFLICT', message: 'Taken', details: { email: ['is already registered'] }, requestId: null };
    expect(placeFieldErrors(conflict, ['email', 'password'], setError)).toBe(true);
    expect(setError).toHaveBeenCalledWith('email', { type: 'server', message: 'is already registered' }, { shouldFocus: true });

    setError.mockClear();
    const token = { status: 400, code: 'VALIDATION_ERROR', message: 'Bad link', details: { token: ['is invalid'] }, requestId: null };
    expect(placeFieldErrors(token, ['new_password'], setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();

    const limited = { status: 429, code: 'RATE_LIMITED', message: 'Slow down', details: {}, requestId: null };
    expect(placeFieldErrors(limited, ['email'], setError)).toBe(false);
  });

  it('says how long to wait in words', () => {
    expect(formatWait(30)).toBe('30 seconds');
    expect(formatWait(60)).toBe('about a minute');
    expect(formatWait(840)).toBe('about 14 minutes');
    expect(formatWait(899)).toBe('about 15 minutes');
    expect(formatWait(7200)).toBe('about 2 hours');
    expect(formatWait(undefined)).toBe('a few minutes');
  });
});
