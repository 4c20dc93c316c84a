/** DI tokens for the ports the catalog needs (interfaces have no runtime identity). */
export const FILE_STORAGE = Symbol('FileStorage');
