/**
 * Cumulative timelines (issue 11, item 5): after the check, the measures of a proposal that
 * delay the same person are summed along the paths of {@code ontology/paths.ttl} and each total
 * is held against the bounds the law sets on it. {@link org.lexcheck.timeline.Timelines} computes,
 * {@link org.lexcheck.timeline.Timeline} holds the result; the report renders it.
 */
package org.lexcheck.timeline;
