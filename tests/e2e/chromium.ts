/** Finds the system Chromium that browser tests drive, since test tools cannot download their own browser here. */
import { existsSync } from 'node:fs';

const KNOWN_LOCATIONS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium'];

/** The Chromium binary: `CHROMIUM_PATH` if set, else the first of the usual install locations. */
export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there`);
		return fromEnv;
	}
	const found = KNOWN_LOCATIONS.find((path) => existsSync(path));
	if (!found) {
		throw new Error(`No Chromium found in ${KNOWN_LOCATIONS.join(', ')}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
	}
	return found;
}

/** Flags for headless Chromium in a container with no network beyond the test server. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];
