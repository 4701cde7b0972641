package org.lexcheck.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lexcheck.system.AtomicFiles;

/**
 * The users of the embedded service, kept in {@code users.txt} in the data folder: one user a
 * line, {@code NAME ROLE BCRYPT-HASH [TEAM,TEAM...]} separated by single spaces (the teams are
 * optional); lines starting with {@code #} are comments. Every change rewrites the whole file through a temporary file and an atomic move,
 * so a crash leaves the old or the new file, never half of one.
 */
public final class UserStore {
    static final String FILE_NAME = "users.txt";
    private final Path file;
    private final Map<String, UserAccount> users = new TreeMap<>();

    public UserStore(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataFolder);
            if (Files.exists(file)) read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users: " + e.getMessage(), e);
        }
    }

    public synchronized Optional<UserAccount> find(String name) {
        return Optional.ofNullable(users.get(name));
    }

    public synchronized boolean isEmpty() {
        return users.isEmpty();
    }

    public synchronized List<UserAccount> all() {
        return List.copyOf(users.values());
    }

    /** Adds the user, or replaces the one with the same name, and writes the file. */
    public synchronized void save(UserAccount user) {
        UserAccount before = users.put(user.name(), user);
        try {
            write();
        } catch (IOException e) {
            if (before == null) users.remove(user.name());
            else users.put(before.name(), before);
            throw new UncheckedIOException("cannot write the users to " + file, e);
        }
    }

    /** Removes the user and writes the file; false when there was no such user. */
    public synchronized boolean delete(String name) {
        UserAccount before = users.remove(name);
        if (before == null) return false;
        try {
            write();
        } catch (IOException e) {
            users.put(before.name(), before);
            throw new UncheckedIOException("cannot write the users to " + file, e);
        }
        return true;
    }

    private void read() throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.strip().split(" ");
            if (f.length != 3 && f.length != 4)
                throw new IOException(file + ":" + n + ": expected NAME ROLE HASH [TEAM,TEAM...]");
            try {
                java.util.Set<String> teams = f.length == 4
                        ? new java.util.HashSet<>(java.util.List.of(f[3].split(",")))
                        : java.util.Set.of();
                UserAccount u = new UserAccount(f[0], Role.valueOf(f[1]), f[2], teams);
                users.put(u.name(), u);
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
            }
        }
    }

    private void write() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# lexcheck users: NAME ROLE BCRYPT-HASH [TEAM,TEAM...] (written by the service)");
        for (UserAccount u : users.values())
            lines.add(u.name() + " " + u.role() + " " + u.passwordHash()
                    + (u.teams().isEmpty() ? "" : " " + String.join(",", u.teams())));
        AtomicFiles.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
