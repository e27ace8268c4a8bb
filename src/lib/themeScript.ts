/** The blocking script that applies a stored theme choice before first paint, kept as text so its CSP hash is computed from it. */
export const THEME_SCRIPT =
	"try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
