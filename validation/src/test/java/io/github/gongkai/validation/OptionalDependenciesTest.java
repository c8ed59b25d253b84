package io.github.gongkai.validation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.gongkai.core.Report;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The rule engine runs without Jakarta Validation or Hibernate Validator, which are optional dependencies. */
class OptionalDependenciesTest {

    @Test
    void engineRunsWithOnlyTheCoreModule() throws Exception {
        URL[] urls = {
            Report.class.getProtectionDomain().getCodeSource().getLocation(),
            ReportValidator.class.getProtectionDomain().getCodeSource().getLocation(),
            PlainEngineProbe.class.getProtectionDomain().getCodeSource().getLocation()};
        // Parent: the bootstrap loader only. The platform and application loaders would find the modules
        // of this test run, Jakarta Validation among them.
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("jakarta.validation.Validation"));
            Class<?> probe = Class.forName(PlainEngineProbe.class.getName(), true, loader);
            String out = (String) probe.getMethod("run").invoke(null);
            assertTrue(out.startsWith("表三“（一）予以公开”（disclosed）行") && out.contains("T3/disclosed/naturalPerson"),
                    out);
        }
    }
}
