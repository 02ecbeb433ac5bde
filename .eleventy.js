// Eleventy's configuration for `npx @11ty/eleventy` in this repository; the set-up itself is src/site/eleventy-setup.ts (run `npm run build:ts` first).
import { eleventyFromPlans } from './dist/site/eleventy-setup.js';

export default (eleventyConfig) => eleventyFromPlans(eleventyConfig, process.env.WAYMARK_PLANS || 'plans');
