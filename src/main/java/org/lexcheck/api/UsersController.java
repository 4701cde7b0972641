package org.lexcheck.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lexcheck.proposal.InvalidProposalException;
import org.lexcheck.proposal.ProposalFormat;
import org.lexcheck.proposal.ProposalReader;
import org.lexcheck.security.Role;
import org.lexcheck.security.UserAccount;
import org.lexcheck.security.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The users of the embedded store, for ADMIN: list them (never a hash), create or change one
 * with {@code PUT /api/v1/admin/users/{name}} and {@code {"role", "teams", "password"}}, delete
 * one. The last administrator cannot be removed or demoted, so that the service never locks
 * itself out; passwords are at least {@value #MIN_PASSWORD} characters and are only hashed.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class UsersController {
    static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 72; // bcrypt reads no further
    private static final List<String> FIELDS = List.of("role", "teams", "password");

    private final UserStore users;
    private final PasswordEncoder encoder;

    UsersController(UserStore users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @GetMapping
    List<Map<String, Object>> users() {
        return users.all().stream().map(UsersController::shown).toList();
    }

    @PutMapping("/{name}")
    ResponseEntity<Map<String, Object>> putUser(
            @PathVariable("name") String name, @RequestBody(required = false) byte[] body) {
        if (!UserAccount.isName(name))
            throw new InvalidProposalException("name", "a user name is " + UserAccount.NAME_RULE);
        JsonNode tree = ProposalReader.readTree(body == null ? new byte[0] : body, ProposalFormat.JSON);
        if (!tree.isObject())
            throw new InvalidProposalException("(body)", "expected {\"role\", \"teams\", \"password\"}", FIELDS);
        for (String field : tree.propertyNames())
            if (!FIELDS.contains(field)) throw new InvalidProposalException(field, "unknown field", FIELDS);
        var before = users.find(name);
        Role role = role(tree.get("role"), before.map(UserAccount::role).orElse(null));
        Set<String> teams =
                teams(tree.get("teams"), before.map(UserAccount::teams).orElse(Set.of()));
        String hash = password(
                tree.get("password"), before.map(UserAccount::passwordHash).orElse(null));
        if (before.isPresent() && before.get().role() == Role.ADMIN && role != Role.ADMIN) lastAdministrator(name);
        UserAccount user = new UserAccount(name, role, hash, teams);
        users.save(user);
        return ResponseEntity.status(before.isPresent() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(shown(user));
    }

    @DeleteMapping("/{name}")
    ResponseEntity<?> deleteUser(@PathVariable("name") String name, Authentication caller) {
        var user = users.find(name);
        if (user.isEmpty()) return ProblemHandler.notFound("no such user");
        if (name.equals(caller.getName()))
            throw new InvalidProposalException("name", "you cannot delete yourself; another administrator can");
        if (user.get().role() == Role.ADMIN) lastAdministrator(name);
        users.delete(name);
        return ResponseEntity.noContent().build();
    }

    /** Refuses to remove the only administrator's rights. */
    private void lastAdministrator(String name) {
        boolean another = users.all().stream()
                .anyMatch(u -> u.role() == Role.ADMIN && !u.name().equals(name));
        if (!another)
            throw new InvalidProposalException(
                    "role", "'" + name + "' is the only administrator: make another one first");
    }

    private static Role role(JsonNode value, Role current) {
        List<String> allowed = Arrays.stream(Role.values()).map(Role::name).toList();
        if (value == null) {
            if (current == null) throw new InvalidProposalException("role", "is required for a new user", allowed);
            return current;
        }
        if (!value.isString() || !allowed.contains(value.asString()))
            throw new InvalidProposalException("role", "unknown role", allowed);
        return Role.valueOf(value.asString());
    }

    private static Set<String> teams(JsonNode value, Set<String> current) {
        if (value == null) return current;
        if (!value.isArray()) throw new InvalidProposalException("teams", "expected a list of team names");
        Set<String> teams = new TreeSet<>();
        for (JsonNode t : value) {
            if (!t.isString() || !UserAccount.isName(t.asString()))
                throw new InvalidProposalException("teams", "a team name is " + UserAccount.NAME_RULE);
            teams.add(t.asString());
        }
        if (teams.size() > 32) throw new InvalidProposalException("teams", "at most 32 teams");
        return teams;
    }

    private String password(JsonNode value, String currentHash) {
        if (value == null) {
            if (currentHash == null) throw new InvalidProposalException("password", "is required for a new user");
            return currentHash;
        }
        if (!value.isString()
                || value.asString().length() < MIN_PASSWORD
                || value.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD)
            throw new InvalidProposalException(
                    "password", "expected " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters (UTF-8 bytes)");
        return encoder.encode(value.asString());
    }

    /** A user as listed: name, role, teams; never the hash. */
    private static Map<String, Object> shown(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("role", u.role().name());
        m.put("teams", new ArrayList<>(u.teams()));
        return m;
    }
}
