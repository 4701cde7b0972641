/**
 * The web page at {@code /} (issue 12): sign in, compose a proposal from the vocabulary or upload
 * one, check it for one or several states on one or several dates, read the report, and list,
 * view, compare and re-run stored checks. Server-rendered (Thymeleaf), no script. Reads the
 * checker ({@code system}), the report types ({@code report}) and the vocabulary
 * ({@code knowledge}); nothing reads this package.
 */
package org.lexcheck.web;
