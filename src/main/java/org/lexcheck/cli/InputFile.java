package org.lexcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.Proposal;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.proposal.ProposalValidator;
import org.lexcheck.system.Checker;
import tools.jackson.databind.JsonNode;

/**
 * An input file ("-": standard input) read and checked for syntax and structure, which needs no
 * knowledge base; its codes are checked against the vocabulary later, by {@link #validate}.
 */
record InputFile(String name, JsonNode tree) {

    /** Every file that reads and parses; each one that does not is reported on {@code err} and left out. */
    static List<InputFile> readAll(List<String> names, InputStream stdin, PrintStream err) {
        List<InputFile> inputs = new ArrayList<>();
        for (String name : names) {
            try {
                inputs.add(read(name, stdin));
            } catch (InvalidProposalException e) {
                err.println(name + ": " + e.describe());
            }
        }
        return inputs;
    }

    static InputFile read(String name, InputStream stdin) {
        ProposalFormat format = ProposalFormat.ofFileName(name);
        JsonNode tree = ProposalReader.readTree(bytes(name, stdin), format);
        ProposalValidator.checkStructure(tree);
        return new InputFile(name, tree);
    }

    Proposal validate(Checker.Pinned checker) {
        return checker.validate(tree);
    }

    private static byte[] bytes(String file, InputStream stdin) {
        try {
            return file.equals("-")
                    ? stdin.readNBytes(ProposalReader.MAX_BYTES + 1)
                    : Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InvalidProposalException("file", "no such file " + file);
        } catch (IOException e) {
            throw new InvalidProposalException("file", "cannot read " + file + ": " + e.getMessage());
        }
    }
}
