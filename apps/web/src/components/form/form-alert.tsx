/**
 * A form's error that belongs to no one field. One component for the storefront and the back
 * office: the UI kit's (FormError), so a storefront form using this name brings no antd along.
 */
export { FormError as FormAlert } from './form-error';
