package org.lexcheck.knowledge;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The SKOS broader/narrower hierarchy of target groups (a group may have several broader ones).
 * {@code coveredByNarrower} lists the groups that are exactly the union of their narrower ones.
 */
public record GroupHierarchy(Map<String, Set<String>> broader, Set<String> coveredByNarrower)
        implements java.io.Serializable {

    public GroupHierarchy {
        broader = Map.copyOf(broader);
        coveredByNarrower = Set.copyOf(coveredByNarrower);
    }

    /** True when {@code group} is {@code ancestor} or lies below it. */
    public boolean isAtOrBelow(String group, String ancestor) {
        if (group.equals(ancestor)) return true;
        for (String parent : broader.getOrDefault(group, Set.of())) {
            if (isAtOrBelow(parent, ancestor)) return true;
        }
        return false;
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
