/**
 * DevGear's storefront UI kit: small, accessible components styled by ui.css, with no antd
 * (antd stays in the back office, which is lazy). Labels, hints and errors are tied to their
 * controls; overlays keep focus; notifications are announced.
 */
import './ui.css';
import './ui-widgets.css';

export { Button, ButtonLink, buttonClass, type ButtonProps, type ButtonLinkProps, type ButtonVariant, type ButtonSize } from './button';
export { TextField, TextArea, Select, Checkbox, RadioGroup, FieldMessages, type SelectOption, type RadioOption, type FieldProps } from './field';
export { NumberInput } from './number-input';
export { Alert, Spinner, Skeleton, Empty, Tag, Badge, ToneIcon, type Tone, type TagColor } from './feedback';
export { Breadcrumb, Pagination, pageWindow, type BreadcrumbItem } from './navigation';
export { Rating, RatingInput } from './rating';
export { Dialog, Drawer } from './overlay';
export { Result } from './result';
export { DisclosureMenu, type MenuItem } from './menu';
export { Toaster, toast, notify, toastStore } from './toast';
export * from './icons';
