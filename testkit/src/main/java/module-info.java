/**
 * Seeded, engine-neutral generators of valid and faulty reports, a shrinker, and a JUnit 5 arguments
 * source. Use in test scope.
 */
module io.github.gongkai.testkit {
    requires transitive io.github.gongkai.core;
    requires static transitive org.junit.jupiter.api;
    requires static transitive org.junit.jupiter.params;

    exports io.github.gongkai.testkit;
    exports io.github.gongkai.testkit.junit;
}
