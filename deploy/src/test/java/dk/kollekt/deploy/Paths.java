package dk.kollekt.deploy;

import java.nio.file.Path;

/** Where the module's inputs are: deploy/ and the backend module beside it (set by surefire in deploy/pom.xml). */
final class Paths {

    static final Path DEPLOY = Path.of(System.getProperty("kollekt.deploy.dir", ".")).toAbsolutePath().normalize();
    static final Path BACKEND = Path.of(System.getProperty("kollekt.backend.dir", DEPLOY.resolve("../backend").toString()))
            .toAbsolutePath().normalize();
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path PRODUCTION = K8S.resolve("overlays/production");
    static final Path EXAMPLES = K8S.resolve("examples");

    private Paths() {
    }
}
