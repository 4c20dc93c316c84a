export { setup as default } from './embedded-database.global';
