export const MAILER = Symbol('Mailer');
/** DI token of the UserRepository port, for other contexts that need a user (the blog's author). */
export const USER_REPOSITORY = Symbol('UserRepository');
