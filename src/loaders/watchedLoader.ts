/**
 * The one way the site's loaders load and reload: once at the start, then, in development, again whenever one of
 * their input files (or a file below an input folder) changes. A first load that fails stops the build; a reload
 * that fails is reported, and the last good entries stay, so an editor mid-change keeps a working server.
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

export function watchedLoader(name: string, inputs: readonly string[], load: (context: LoaderContext) => Promise<void>): Loader {
	return {
		name,
		async load(context) {
			await load(context);
			const { watcher, logger, config } = context;
			if (!watcher) return;
			const paths = inputs.map((input) => fileURLToPath(new URL(input, config.root)));
			for (const path of paths) watcher.add(path);
			watcher.on('all', async (_event, changed) => {
				if (!paths.some((path) => changed === path || changed.startsWith(`${path}/`))) return;
				logger.info(`Reloading after a change to ${changed.slice(fileURLToPath(config.root).length)}`);
				try {
					await load(context);
				} catch (error) {
					logger.error((error as Error).message);
				}
			});
		},
	};
}
