/**
 * Country facts: dated, sourced facts about third countries kept as data in
 * {@code ontology/countries/} (a recognition rate with its reference period, a designation as a
 * safe country of origin, a court's finding that a country is not safe for transfers), and the
 * values derived from them for the measures of a proposal that name nationalities or a
 * destination country. Reads the ontology's model and the proposal; knows nothing of the rules,
 * the engine or the report.
 */
package org.lexcheck.country;
