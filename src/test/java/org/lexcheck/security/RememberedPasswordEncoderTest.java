package org.lexcheck.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberedPasswordEncoderTest {
    private final AtomicInteger bcryptMatches = new AtomicInteger();
    private final BCryptPasswordEncoder real = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptMatches.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-11-30T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aMatchIsRememberedUntilItExpiresAndAWrongPasswordAlwaysPaysBcrypt() {
        var encoder = new RememberedPasswordEncoder(counting, Duration.ofMinutes(5), clock);
        String hash = encoder.encode("secret");
        assertThat(encoder.matches("secret", hash)).isTrue();
        assertThat(encoder.matches("secret", hash)).isTrue();
        assertThat(bcryptMatches).hasValue(1);
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(encoder.matches("wrong", hash)).isFalse();
        assertThat(bcryptMatches).hasValue(3);
        String newHash = encoder.encode("secret-2");
        assertThat(encoder.matches("secret", newHash)).isFalse();
        now = now.plus(Duration.ofMinutes(6));
        assertThat(encoder.matches("secret", hash)).isTrue();
        assertThat(bcryptMatches).hasValue(5);
    }
}
