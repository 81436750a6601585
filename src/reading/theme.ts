/**
 * The reader's colour theme: `system` follows the device, `light` and `dark` override it. The
 * choice lives in localStorage and is applied as `data-theme` on `<html>`, which sets the page's
 * `color-scheme` (the stylesheet's colours are `light-dark()` pairs).
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key holding the reader's choice. */
export const THEME_KEY = 'handbook-theme';
