/**
 * The blocking script that runs before first paint: applies a stored theme choice (no flash of the other
 * theme) and marks the page as scripted (`data-js`), which shows the controls only JavaScript can run.
 * Kept as text so its CSP hash is computed from it.
 */
export const THEME_SCRIPT =
	"var d=document.documentElement,t;d.dataset.js='';try{t=localStorage.theme}catch(e){}if(t=='light'||t=='dark')d.dataset.theme=t";
