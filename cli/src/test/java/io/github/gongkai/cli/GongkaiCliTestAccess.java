package io.github.gongkai.cli;

import java.lang.reflect.Constructor;

/** The root command object, for tests that walk the command tree. */
final class GongkaiCliTestAccess {

    private GongkaiCliTestAccess() {
    }

    static GongkaiCli root() {
        try {
            Constructor<GongkaiCli> constructor = GongkaiCli.class.getDeclaredConstructor(java.io.InputStream.class);
            constructor.setAccessible(true);
            return constructor.newInstance(System.in);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
