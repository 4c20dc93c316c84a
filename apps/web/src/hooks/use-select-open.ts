import { useCallback, useState } from 'react';

/**
 * Controlled `open` state for an antd Select. antd 6.0.0's Select sometimes keeps its
 * dropdown open after an option is chosen (ant-design/ant-design#55807, fixed in a later
 * 6.x); closing it ourselves on change makes the behaviour deterministic.
 */
export function useSelectOpen() {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return { open, onOpenChange: setOpen, close };
}
