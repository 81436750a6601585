import { THEME_KEY } from './theme.ts';

/**
 * Runs inline in `<head>` before the first paint, so a page never flashes in the wrong theme.
 * Kept tiny and dependency-free: it is written into every page as is.
 */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
