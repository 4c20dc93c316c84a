export { teardown as default } from './embedded-database.global';
