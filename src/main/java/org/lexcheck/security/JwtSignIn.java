package org.lexcheck.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Production sign-in with the organisation's identity provider: JWT bearer tokens, checked
 * against an RSA public key ({@code lexcheck.security.jwt.public-key}, a PEM file) or the keys
 * an OpenID issuer publishes ({@code lexcheck.security.jwt.issuer-uri}; with a public key it is
 * the required {@code iss}). The user's roles come from one claim
 * ({@code lexcheck.security.jwt.role-claim}, default {@code roles}): a string or a list of
 * strings, each {@code ADVISER}, {@code AUTHOR} or {@code ADMIN} (any case, {@code ROLE_} prefix
 * allowed); other values are ignored. The user's teams come from another claim
 * ({@code lexcheck.security.jwt.team-claim}, default {@code teams}). Off when neither key nor
 * issuer is set.
 */
final class JwtSignIn {
    private JwtSignIn() {}

    static Optional<JwtDecoder> decoder(String publicKey, String issuer) {
        boolean hasKey = publicKey != null && !publicKey.isBlank();
        boolean hasIssuer = issuer != null && !issuer.isBlank();
        if (hasKey) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(Path.of(publicKey)))
                    .build();
            if (hasIssuer) decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            return Optional.of(decoder);
        }
        if (hasIssuer) return Optional.of(new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer)));
        return Optional.empty();
    }

    static JwtAuthenticationConverter converter(String roleClaim, String teamClaim) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<GrantedAuthority> authorities = new ArrayList<>(roles(jwt, roleClaim));
            for (Object team : values(jwt, teamClaim)) {
                String name = String.valueOf(team);
                if (UserAccount.isName(name)) authorities.add(new SimpleGrantedAuthority(Caller.TEAM_PREFIX + name));
            }
            return authorities;
        });
        return converter;
    }

    /** A claim's values: a string or a list of strings. */
    private static List<Object> values(Jwt jwt, String claimName) {
        Object claim = jwt.getClaims().get(claimName);
        List<Object> values = new ArrayList<>();
        if (claim instanceof Collection<?> c) values.addAll(c);
        else if (claim != null) values.add(claim);
        return values;
    }

    static Collection<GrantedAuthority> roles(Jwt jwt, String roleClaim) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Object v : values(jwt, roleClaim)) {
            String name = String.valueOf(v).toUpperCase(Locale.ROOT);
            if (name.startsWith("ROLE_")) name = name.substring(5);
            for (Role role : Role.values())
                if (role.name().equals(name)) authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return authorities;
    }

    /** An RSA public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    static RSAPublicKey readPublicKey(Path pem) {
        try {
            String base64 =
                    Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key " + pem, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("not an RSA public key in PEM: " + pem, e);
        }
    }
}
