package org.lexcheck.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexcheck.Fixture;
import org.lexcheck.knowledge.KnowledgeException;

/** A version built once in this JVM is reused for the same content, wherever the folder is; a failed build is not kept. */
class BuiltVersionsTest {

    @Test
    void theSameContentInAnotherFolderReusesTheBuiltVersion(@TempDir Path dir) {
        Checker fixture = Fixture.checker();
        Path[] copy = Fixture.writeTo(dir);
        Checker loaded = Checker.load(copy[0], copy[1]);
        assertThat(loaded).isNotSameAs(fixture);
        assertThat(loaded.current().knowledge()).isSameAs(fixture.current().knowledge());
        assertThat(loaded.current().rules()).isSameAs(fixture.current().rules());
    }

    @Test
    void editedContentIsBuiltAnewAndAFailedBuildIsNotKept(@TempDir Path dir) throws Exception {
        Path[] copy = Fixture.writeTo(dir);
        Path edit = copy[0].resolve("instruments/norm-without-provision.ttl");
        Files.copy(Path.of("src/test/resources/fixture/edits/norm-without-provision.ttl"), edit);
        assertThatThrownBy(() -> Checker.load(copy[0], copy[1])).isInstanceOf(KnowledgeException.class);
        assertThatThrownBy(() -> Checker.load(copy[0], copy[1])).isInstanceOf(KnowledgeException.class);
        Files.delete(edit);
        Files.copy(
                Path.of("src/test/resources/fixture/edits/extra-permission.ttl"),
                copy[0].resolve("instruments/extra-permission.ttl"));
        Checker edited = Checker.load(copy[0], copy[1]);
        assertThat(edited.current().knowledge())
                .isNotSameAs(Fixture.checker().current().knowledge());
        assertThat(edited.current().knowledge().norms()).hasSize(10);
        assertThat(edited.current().rules())
                .isSameAs(Fixture.checker().current().rules());
    }
}
