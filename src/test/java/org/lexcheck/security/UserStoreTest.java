package org.lexcheck.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class UserStoreTest {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void usersSurviveARestartAndTheFileHoldsOnlyHashes(@TempDir Path data) throws Exception {
        UserStore users = new UserStore(data);
        assertThat(users.isEmpty()).isTrue();
        users.save(new UserAccount("adviser", Role.ADVISER, encoder.encode("secret-1")));
        users.save(new UserAccount("adviser", Role.AUTHOR, encoder.encode("secret-2")));
        UserStore again = new UserStore(data);
        assertThat(again.all()).hasSize(1);
        UserAccount adviser = again.find("adviser").orElseThrow();
        assertThat(adviser.role()).isEqualTo(Role.AUTHOR);
        assertThat(encoder.matches("secret-2", adviser.passwordHash())).isTrue();
        String file = Files.readString(data.resolve(UserStore.FILE_NAME));
        assertThat(file).doesNotContain("secret-").contains("adviser AUTHOR $2a$");
        try (var listing = Files.list(data)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly(UserStore.FILE_NAME);
        }
    }

    @Test
    void teamsAreKeptOnTheUsersLineAndADeletedUserIsGone(@TempDir Path data) throws Exception {
        UserStore users = new UserStore(data);
        users.save(new UserAccount("carla", Role.ADVISER, encoder.encode("secret-1"), Set.of("return", "asylum")));
        users.save(new UserAccount("dirk", Role.ADVISER, encoder.encode("secret-2")));
        assertThat(Files.readString(data.resolve(UserStore.FILE_NAME)))
                .containsPattern("carla ADVISER \\S+ asylum,return\n")
                .containsPattern("dirk ADVISER \\S+\n");
        UserStore again = new UserStore(data);
        assertThat(again.find("carla").orElseThrow().teams()).containsExactly("asylum", "return");
        assertThat(again.find("dirk").orElseThrow().teams()).isEmpty();
        assertThat(again.delete("dirk")).isTrue();
        assertThat(again.delete("dirk")).isFalse();
        assertThat(new UserStore(data).find("dirk")).isEmpty();
        assertThatThrownBy(() -> new UserAccount("x", Role.ADVISER, "hash", Set.of("no spaces")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstAdministratorIsCreatedOnceWithTheGivenPassword(@TempDir Path data) {
        UserStore users = new UserStore(data);
        FirstAdministrator.ensure(users, encoder, "given-password");
        UserAccount admin = users.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("given-password", admin.passwordHash())).isTrue();
        FirstAdministrator.ensure(users, encoder, "another-password");
        assertThat(new UserStore(data).find("admin").orElseThrow().passwordHash())
                .isEqualTo(admin.passwordHash());
    }

    @Test
    void withoutAPasswordTheFirstAdministratorGetsAGeneratedOne(@TempDir Path data) {
        UserStore users = new UserStore(data);
        FirstAdministrator.ensure(users, encoder, "");
        assertThat(users.find("admin").orElseThrow().passwordHash()).startsWith("$2a$");
        assertThat(encoder.matches("", users.find("admin").orElseThrow().passwordHash()))
                .isFalse();
    }

    @Test
    void aBrokenUsersFileStopsTheStartNamingTheLine(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve(UserStore.FILE_NAME), "# users\nadmin SUPERUSER $2a$10$x\n");
        assertThatThrownBy(() -> new UserStore(data)).hasMessageContaining("users.txt:2");
        assertThatThrownBy(() -> new UserAccount("bad name", Role.ADVISER, "$2a$"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
