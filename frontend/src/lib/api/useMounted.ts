import { useEffect, useRef } from 'react';

/** A ref that is true while the component is mounted: async results are not set on an unmounted component. */
export function useMounted() {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
