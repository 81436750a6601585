import { THEME_KEY } from './theme.ts';

/**
 * Runs from `<head>` (served as `theme-boot.js`, loaded without `defer`) before the first paint,
 * so a page never flashes in the wrong theme. Kept tiny and dependency-free. Any value but `light` and
 * `dark` (none stored, `system`, something stale) matches no rule, so the page follows the device.
 */
export const THEME_BOOT_SCRIPT = `try{document.documentElement.dataset.theme=localStorage.getItem(${JSON.stringify(THEME_KEY)})||""}catch(e){}`;
