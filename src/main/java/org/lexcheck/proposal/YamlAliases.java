package org.lexcheck.proposal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Refuses YAML aliases ({@code *name}) before the proposal is read: the tree reader turns an
 * alias of a scalar into the anchor's name, so the input would change silently. Names the field
 * where the alias stands, in the same path form as the validator.
 */
final class YamlAliases {
    private YamlAliases() {}

    /** One open mapping or sequence and where its next value goes. */
    private static final class Frame {
        final String path;
        final boolean mapping;
        boolean awaitingKey = true;
        String key;
        int index;

        Frame(String path, boolean mapping) {
            this.path = path;
            this.mapping = mapping;
        }

        String valuePath() {
            if (!mapping) return path + "[" + index + "]";
            return path.isEmpty() ? key : path + "." + key;
        }

        void valueDone() {
            if (mapping) awaitingKey = true;
            else index++;
        }
    }

    static void refuse(byte[] content, LoadSettings settings) {
        Deque<Frame> open = new ArrayDeque<>();
        try {
            for (Event e : new Parse(settings).parseInputStream(new ByteArrayInputStream(content))) {
                Frame top = open.peek();
                switch (e.getEventId()) {
                    case MappingStart, SequenceStart ->
                        open.push(
                                new Frame(top == null ? "" : top.valuePath(), e.getEventId() == Event.ID.MappingStart));
                    case MappingEnd, SequenceEnd -> {
                        open.pop();
                        if (open.peek() != null) open.peek().valueDone();
                    }
                    case Scalar, Alias -> {
                        boolean isKey = top != null && top.mapping && top.awaitingKey;
                        if (e.getEventId() == Event.ID.Alias) {
                            String field = top == null
                                    ? "(body)"
                                    : isKey ? top.path.isEmpty() ? "(body)" : top.path : top.valuePath();
                            throw new InvalidProposalException(
                                    field,
                                    "YAML aliases (*name) are not allowed: write the value out"
                                            + e.getStartMark()
                                                    .map(m -> " (line " + (m.getLine() + 1) + ", column "
                                                            + (m.getColumn() + 1) + ")")
                                                    .orElse(""));
                        }
                        if (isKey) {
                            top.key = ((ScalarEvent) e).getValue();
                            top.awaitingKey = false;
                        } else if (top != null) {
                            top.valueDone();
                        }
                    }
                    default -> {}
                }
            }
        } catch (YamlEngineException e) {
            throw new InvalidProposalException(
                    "(body)",
                    "not well-formed YAML: " + ProposalReader.withoutInternals(XmlProposalValidation.firstLine(e)));
        }
    }
}
