export const MAILER = Symbol('Mailer');
