/**
 * A Sätteri plugin for the pages' Markdown (Astro's processor, which runs no rehype plugins): gives each section
 * heading (h2–h4) its level as a property, which MDX passes to the component it renders headings with, so one
 * component (AnchorHeading) serves every level.
 */
import { defineHastPlugin } from 'satteri';

const SECTION_HEADINGS = ['h2', 'h3', 'h4'] as const;

export const headingLevels = defineHastPlugin({
	name: 'heading-levels',
	element: {
		filter: [...SECTION_HEADINGS],
		visit(node, ctx) {
			ctx.setProperty(node, 'level', Number(node.tagName.slice(1)));
		},
	},
});
