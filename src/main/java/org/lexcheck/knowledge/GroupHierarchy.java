package org.lexcheck.knowledge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The SKOS broader/narrower hierarchy of target groups (a group may have several broader ones).
 * {@code coveredByNarrower} lists the groups that are exactly the union of their narrower ones.
 */
public record GroupHierarchy(
        Map<String, Set<String>> broader, Set<String> coveredByNarrower, Map<String, Set<String>> ancestors)
        implements java.io.Serializable {

    /**
     * {@code ancestors} is derived: for each group, every group above it (at any distance). It is
     * computed once here because a check asks "is this group at or below that one?" thousands of
     * times, and walking the hierarchy each time showed up as a tenth of a check's time.
     */
    public GroupHierarchy {
        broader = Map.copyOf(broader);
        coveredByNarrower = Set.copyOf(coveredByNarrower);
        ancestors = Map.copyOf(ancestors);
    }

    public GroupHierarchy(Map<String, Set<String>> broader, Set<String> coveredByNarrower) {
        this(broader, coveredByNarrower, closure(broader));
    }

    private static Map<String, Set<String>> closure(Map<String, Set<String>> broader) {
        Map<String, Set<String>> ancestors = new java.util.HashMap<>();
        for (String group : broader.keySet()) {
            Set<String> above = new HashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(broader.getOrDefault(group, Set.of()));
            while (!todo.isEmpty()) {
                String g = todo.pop();
                if (above.add(g)) todo.addAll(broader.getOrDefault(g, Set.of()));
            }
            ancestors.put(group, Set.copyOf(above));
        }
        return ancestors;
    }

    /** True when {@code group} is {@code ancestor} or lies below it. */
    public boolean isAtOrBelow(String group, String ancestor) {
        return group.equals(ancestor) || ancestors.getOrDefault(group, Set.of()).contains(ancestor);
    }

    /** The group and every group below it. */
    public Set<String> withNarrower(String group) {
        Set<String> result = new HashSet<>();
        result.add(group);
        for (String candidate : broader.keySet()) {
            if (isAtOrBelow(candidate, group)) result.add(candidate);
        }
        return result;
    }

    /**
     * True when nothing of {@code group} is left once {@code removed} groups are taken out: it
     * lies at or below one of them, or it is covered by its narrower groups and each of those
     * is gone.
     */
    public boolean isRemovedBy(String group, Set<String> removed) {
        if (removed.stream().anyMatch(r -> isAtOrBelow(group, r))) return true;
        if (!coveredByNarrower.contains(group)) return false;
        var children = broader.entrySet().stream()
                .filter(e -> e.getValue().contains(group))
                .map(Map.Entry::getKey)
                .toList();
        return !children.isEmpty() && children.stream().allMatch(c -> isRemovedBy(c, removed));
    }
}
