package org.lexcheck.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt that remembers a successful match for a few minutes. The API signs in on every request
 * (HTTP Basic, no session), and one bcrypt match costs about 0.1 s of CPU: without this every
 * check would pay it. Only matches are remembered, so a wrong password always costs the full
 * bcrypt; a changed password has another hash and is not matched by the old entry. Entries are
 * keyed by an HMAC under a key made at start and never written anywhere, never by the password.
 */
final class RememberedPasswordEncoder implements PasswordEncoder {
    private static final int MAX_ENTRIES = 1024;
    private final PasswordEncoder bcrypt;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> matched = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RememberedPasswordEncoder(PasswordEncoder bcrypt, Duration ttl, Clock clock) {
        this.bcrypt = bcrypt;
        this.ttl = ttl;
        this.clock = clock;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) return false;
        String entry = entry(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (matched) {
            Instant until = matched.get(entry);
            if (until != null && now.isBefore(until)) return true;
            matched.remove(entry);
        }
        boolean matches = bcrypt.matches(rawPassword, encodedPassword);
        if (matches) {
            synchronized (matched) {
                matched.put(entry, now.plus(ttl));
            }
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
