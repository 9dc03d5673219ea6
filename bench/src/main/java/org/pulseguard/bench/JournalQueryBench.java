package org.pulseguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.pulseguard.journal.store.JournalStore;

/**
 * Times a per-client query over a generated journal ({@code BenchMain generate}), warm and cold,
 * against the floor of a primary-key look-up in the same run. The query under test is any
 * {@code Function<String, Object>} from client token to result, made by an opener from the data
 * directory ({@link ClientSessionsQuery} by default; the audit's own query class takes its place
 * by passing another opener). Cold: the database file is dropped from the OS page cache
 * ({@code dd iflag=nocache}, i.e. {@code posix_fadvise(DONTNEED)}, this file only) and a new
 * connection is opened before each query.
 */
final class JournalQueryBench {
    /** Opens the query under test on a data directory. */
    interface Opener {
        Function<String, Object> open(Path dataDir) throws Exception;
    }

    private static final int WARM_SAMPLES = 2_000;
    private static final int COLD_SAMPLES = 40;

    private final Path dataDir;
    private final String name;
    private final Opener opener;

    JournalQueryBench(Path dataDir, String name, Opener opener) {
        this.dataDir = dataDir;
        this.name = name;
        this.opener = opener;
    }

    void run() throws Exception {
        List<String> clients = clients();
        long records;
        try (JournalStore store = JournalStore.openForReading(dataDir)) {
            records = store.size();
        }
        System.out.printf("%n## Journal query: %s over %d records, %d clients (%s)%n%n", name, records, clients.size(), dataDir);
        try (ClientSessionsQuery plan = new ClientSessionsQuery(dataDir)) {
            System.out.println("plan of the default query: " + plan.plan() + "\n");
        }
        Random random = new Random(42);
        System.out.println(Stats.header());
        Function<String, Object> query = opener.open(dataDir);
        Function<String, Object> floor = primaryKeyLookup(records, random);
        for (int i = 0; i < 200; i++) {
            query.apply(clients.get(random.nextInt(clients.size())));
            floor.apply(null);
        }
        long[] warm = new long[WARM_SAMPLES];
        long[] warmFloor = new long[WARM_SAMPLES];
        long rows = 0;
        for (int i = 0; i < WARM_SAMPLES; i++) {
            String client = clients.get(random.nextInt(clients.size()));
            long t = System.nanoTime();
            Object result = query.apply(client);
            warm[i] = System.nanoTime() - t;
            rows += result instanceof List<?> l ? l.size() : 0;
            t = System.nanoTime();
            floor.apply(null);
            warmFloor[i] = System.nanoTime() - t;
        }
        close(query);
        close(floor);
        System.out.println(Stats.of(warm).row(name + ", warm (" + String.format("%.1f", (double) rows / WARM_SAMPLES) + " sessions per client)"));
        System.out.println(Stats.of(warmFloor).row("floor: one record by leaf_index, warm"));
        long[] cold = new long[COLD_SAMPLES];
        long[] coldFloor = new long[COLD_SAMPLES];
        for (int i = 0; i < COLD_SAMPLES; i++) {
            dropFromPageCache();
            Function<String, Object> q = opener.open(dataDir);
            long t = System.nanoTime();
            q.apply(clients.get(random.nextInt(clients.size())));
            cold[i] = System.nanoTime() - t;
            close(q);
            dropFromPageCache();
            Function<String, Object> f = primaryKeyLookup(records, random);
            t = System.nanoTime();
            f.apply(null);
            coldFloor[i] = System.nanoTime() - t;
            close(f);
        }
        System.out.println(Stats.of(cold).row(name + ", cold (OS cache dropped, new connection)"));
        System.out.println(Stats.of(coldFloor).row("floor: one record by leaf_index, cold"));
    }

    /** Every client token that opened a session, shuffled. */
    private List<String> clients() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(JournalStore.FILE_NAME));
             PreparedStatement p = c.prepareStatement("SELECT DISTINCT client_token FROM records WHERE client_token IS NOT NULL");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        Collections.shuffle(out, new Random(7));
        return out;
    }

    /** A query that reads one random record by its primary key: the floor any indexed query stands on. */
    private Function<String, Object> primaryKeyLookup(long records, Random random) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(JournalStore.FILE_NAME));
        PreparedStatement p = c.prepareStatement("SELECT canonical FROM records WHERE leaf_index = ?");
        return new PrimaryKeyLookup(c, p, records, random);
    }

    private record PrimaryKeyLookup(Connection connection, PreparedStatement statement, long records, Random random)
            implements Function<String, Object>, AutoCloseable {
        @Override
        public Object apply(String ignored) {
            try {
                statement.setLong(1, (long) (random.nextDouble() * records));
                try (ResultSet r = statement.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws Exception {
            statement.close();
            connection.close();
        }
    }

    private static void close(Object o) throws Exception {
        if (o instanceof AutoCloseable c) {
            c.close();
        }
    }

    private void dropFromPageCache() throws Exception {
        for (String f : new String[] {JournalStore.FILE_NAME, JournalStore.FILE_NAME + "-wal"}) {
            Path file = dataDir.resolve(f);
            if (Files.exists(file)) {
                Process p = new ProcessBuilder("dd", "if=" + file, "iflag=nocache", "count=0", "status=none").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                p.waitFor();
            }
        }
    }
}
