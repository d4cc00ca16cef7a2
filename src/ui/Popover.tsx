import { useEffect, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import './popover.css';

/** The least room kept between a panel and the window's edge, in pixels. */
const EDGE_PX = 8;

export interface PopoverProps {
  /** What the button says. */
  summary: ReactNode;
  className?: string;
  /** Close once a button in the panel is pressed (a menu), rather than stay open (a set of choices). */
  closeOnChoice?: boolean;
  children: ReactNode;
}

/**
 * A button that opens a panel over the page below it: a native disclosure (so it works by
 * keyboard and is announced as expanded or not), closed by Escape and by a click elsewhere,
 * with focus back on its button.
 */
export function Popover({ summary, className, closeOnChoice = false, children }: PopoverProps) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);

  useLayoutEffect(() => {
    const panel = details.current?.querySelector<HTMLElement>('.popover__panel');
    if (!open || !panel) return;
    // Kept inside the window: a panel opened near its right edge moves left, never off screen.
    panel.style.setProperty('--popover-shift', '0px');
    const { left, right } = panel.getBoundingClientRect();
    const shift = Math.max(Math.min(document.documentElement.clientWidth - EDGE_PX - right, 0), EDGE_PX - left);
    panel.style.setProperty('--popover-shift', `${shift}px`);
  }, [open]);

  useEffect(() => {
    const element = details.current;
    if (!open || !element) return;
    const closeOutside = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      element.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    element.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      element.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const closeAfterChoice = (event: MouseEvent) => {
    if (!closeOnChoice || !(event.target instanceof Element) || !event.target.closest('button')) return;
    setOpen(false);
    details.current?.querySelector('summary')?.focus();
  };

  return (
    <details
      ref={details}
      className={className ? `popover ${className}` : 'popover'}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="popover__button">{summary}</summary>
      {/* A click on one of the panel's own buttons, handled where it bubbles to. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div className="popover__panel" onClick={closeAfterChoice}>
        {children}
      </div>
    </details>
  );
}
