/**
 * Builds the site the browser tests run against (see `e2e-site.ts`), unless the build test of the
 * same site already left a current one: the first half of the Playwright web server's command.
 */
import { astroBuild } from '../build/build-fixture.ts';
import { E2E_SITE, E2E_SITE_ENV, recordSiteInputs, siteInputs, siteIsCurrent } from './e2e-site.ts';

if (siteIsCurrent()) {
	process.stdout.write(`Browser tests: reusing ${E2E_SITE}, built from the same sources today\n`);
} else {
	const inputs = siteInputs();
	const result = astroBuild({ ...process.env, ...E2E_SITE_ENV }, 'e2e');
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	if (result.status !== 0) process.exit(result.status ?? 1);
	recordSiteInputs(inputs);
}
