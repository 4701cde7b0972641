/**
 * Execution (issue 11, item 8): the kinds of act that safeguards and obligations demand of the
 * implementing authorities, and the national agencies that perform them, read from the ontology
 * ({@code execution.ttl}, {@code countries/agencies.ttl}). Plain data on codes and IRIs: it knows
 * neither norms nor reports, so that the knowledge base can hold it and the report can sum it.
 */
package org.lexcheck.execution;
