/**
 * Stored reports (issue 12): a checked proposal and its rendered report, kept byte-exact with
 * their provenance (who, when, reference date, rule, ontology and engine versions) in an embedded
 * transactional store, Jena TDB2 in a data folder that survives restarts. The store knows owners
 * and teams as names; who may read what is decided by the service that uses it.
 */
package org.lexcheck.store;
