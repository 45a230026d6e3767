import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Lines per page; the first pages of an offer render at once, the rest when scrolled near. */
export const LINES_PER_PAGE = 40;
/** Pages within this distance of the window mount before they are visible. */
const MOUNT_MARGIN = '1200px 0px';
const ESTIMATED_ROW_HEIGHT = 36;

/**
 * A block of lines that mounts when it comes near the viewport and then stays mounted, so a
 * 500-line offer opens with the lines on screen instead of building all 500 rows first.
 */
export function LinePage({
  eager,
  count,
  children,
}: {
  eager: boolean;
  count: number;
  children: () => ReactNode;
}) {
  const [mounted, setMounted] = useState(eager);
  const placeholder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (mounted || !placeholder.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setMounted(true);
      },
      { rootMargin: MOUNT_MARGIN },
    );
    observer.observe(placeholder.current);
    return () => observer.disconnect();
  }, [mounted]);

  if (mounted) return <>{children()}</>;
  return (
    <div
      ref={placeholder}
      style={{ height: count * ESTIMATED_ROW_HEIGHT }}
      data-testid="line-page-placeholder"
    />
  );
}
