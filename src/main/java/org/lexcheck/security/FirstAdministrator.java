package org.lexcheck.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At the first start (no users yet) creates the administrator {@code admin}: with the password
 * from {@code LEXCHECK_ADMIN_PASSWORD} (property {@code lexcheck.admin-password}) when set, else
 * a generated one printed this once. Later starts leave the users as they are.
 */
final class FirstAdministrator {
    static final String NAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private FirstAdministrator() {}

    static void ensure(UserStore users, PasswordEncoder encoder, String givenPassword) {
        if (!users.isEmpty()) return;
        boolean given = givenPassword != null && !givenPassword.isBlank();
        String password = given ? givenPassword : generated();
        users.save(new UserAccount(NAME, Role.ADMIN, encoder.encode(password)));
        if (given)
            LOG.info("lexcheck: first administrator '{}' created with the password from LEXCHECK_ADMIN_PASSWORD", NAME);
        else LOG.warn("lexcheck: first administrator '{}', password: {}", NAME, password);
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
