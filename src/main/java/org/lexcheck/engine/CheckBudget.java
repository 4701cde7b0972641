package org.lexcheck.engine;

import java.time.Duration;

/**
 * What one request may spend on rule sessions in all: the first check, every re-check of a
 * remedy or an alternative, every date and every state. Each session is still bounded by
 * {@link ConformityEngine#MAX_FIRINGS} and {@link ConformityEngine#MAX_MILLIS}; a budget bounds
 * their sum, so that a proposal of a thousand joined measures cannot keep the service busy for
 * minutes. Held per thread while a request is answered ({@link #open}); a check outside any
 * budget (a reference case, the command line) has only the per-session limits.
 *
 * <p>Where the budget is checked, between rule sessions, the client of the request is asked too
 * when one is watched ({@link #watchClient}): a client that has closed the connection ends the
 * checks as a spent budget does, since nobody would read the answer.
 */
public final class CheckBudget implements AutoCloseable {
    private static final ThreadLocal<CheckBudget> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Watch> CLIENT = new ThreadLocal<>();
    /** The client is asked at most this often (a non-blocking read of its connection). */
    private static final long ASK_CLIENT_EVERY_NANOS = 100_000_000L;

    private final long deadline;
    private final Duration time;
    private final long firings;
    private long firingsLeft;
    private final CheckBudget outer;

    private CheckBudget(Duration time, long firings, CheckBudget outer) {
        this.time = time;
        this.firings = firings;
        this.deadline = System.nanoTime() + time.toNanos();
        this.firingsLeft = firings;
        this.outer = outer;
    }

    /** Opens a budget for this thread until {@link #close()}; inside another budget, the outer one still counts too. */
    public static CheckBudget open(Duration time, long firings) {
        CheckBudget b = new CheckBudget(time, firings, CURRENT.get());
        CURRENT.set(b);
        return b;
    }

    @Override
    public void close() {
        CURRENT.set(outer);
    }

    /** The milliseconds a session may still run: the per-session limit, or less when the budget is nearly spent. */
    static long millisFor(String proposalId) {
        askClient(proposalId);
        long millis = ConformityEngine.MAX_MILLIS;
        for (CheckBudget b = CURRENT.get(); b != null; b = b.outer) {
            long left = (b.deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0 || b.firingsLeft <= 0) throw b.spent(proposalId);
            millis = Math.min(millis, left);
        }
        return millis;
    }

    /** The firings a session may still make. */
    static int firingsFor() {
        long firings = ConformityEngine.MAX_FIRINGS;
        for (CheckBudget b = CURRENT.get(); b != null; b = b.outer) firings = Math.min(firings, b.firingsLeft);
        return (int) firings;
    }

    /** Counts a session's firings against every open budget; one spent by them ends the request. */
    static void charge(int count, String proposalId) {
        askClient(proposalId);
        for (CheckBudget b = CURRENT.get(); b != null; b = b.outer) {
            b.firingsLeft -= count;
            if (b.firingsLeft < 0 || System.nanoTime() > b.deadline) throw b.spent(proposalId);
        }
    }

    /** Whether the client of the request answered on this thread is still there. */
    @FunctionalInterface
    public interface Client {
        /** True once the client has closed the connection (asked on the request's own thread). */
        boolean gone();
    }

    /** A client watched on this thread, until {@link #close()}. */
    public static final class Watch implements AutoCloseable {
        private final Client client;
        private final Watch outer;
        private long askedAt;
        private boolean asked;
        private boolean gone;

        private Watch(Client client, Watch outer) {
            this.client = client;
            this.outer = outer;
        }

        @Override
        public void close() {
            CLIENT.set(outer);
        }
    }

    /** Watches {@code client} on this thread: checks under any budget stop once it has gone. */
    public static Watch watchClient(Client client) {
        Watch w = new Watch(client, CLIENT.get());
        CLIENT.set(w);
        return w;
    }

    private static void askClient(String proposalId) {
        Watch w = CLIENT.get();
        if (w == null || CURRENT.get() == null) return;
        long now = System.nanoTime();
        if (!w.gone && w.asked && now - w.askedAt < ASK_CLIENT_EVERY_NANOS) return;
        w.asked = true;
        w.askedAt = now;
        if (w.gone || w.client.gone()) {
            w.gone = true;
            throw new CheckLimitExceededException("the client of the checks for '" + proposalId
                    + "' closed the connection; the checks stopped and nothing is reported");
        }
    }

    /** True when a session cut off was cut off by a budget rather than by its own limits. */
    static boolean limits(int maxFirings, long maxMillis) {
        return maxFirings < ConformityEngine.MAX_FIRINGS || maxMillis < ConformityEngine.MAX_MILLIS;
    }

    private CheckLimitExceededException spent(String proposalId) {
        return new CheckLimitExceededException(
                "the checks for '" + proposalId + "' spent the request's budget of "
                        + time.toSeconds() + " s and " + firings
                        + " rule firings (lexcheck.limits.request-seconds, lexcheck.limits.request-firings); the result would be incomplete and is not reported");
    }
}
