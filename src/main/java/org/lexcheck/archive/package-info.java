/**
 * Stored checks as the service offers them: a check answered and kept with what is needed to
 * answer it again ({@link org.lexcheck.archive.CheckRequest}, the findings as JSON), read back for
 * its owner or team, shared, and re-run against the law serving now with what changed in the law
 * since ({@link org.lexcheck.report.LawChange}). Between the check (system, report) and the
 * interfaces (api, web) that offer it; the bytes are kept by {@link org.lexcheck.store}.
 */
package org.lexcheck.archive;
