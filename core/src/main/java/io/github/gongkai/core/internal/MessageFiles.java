package io.github.gongkai.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Loads the message files of gongkai's modules (English and Chinese texts as UTF-8 properties). Each module opens
 * its own file, since a module's resources are encapsulated from other modules, and hands the stream here.
 */
public final class MessageFiles {

    private MessageFiles() {
    }

    /**
     * Reads a message file as UTF-8 and closes it.
     *
     * @param in the file, as {@code owner.getResourceAsStream(name)} opened it, or null if there is none
     * @param name the file's name, for the error
     * @param owner the class the file sits next to, for the error
     * @return the entries, never null
     * @throws IllegalStateException if the file is missing (a broken build)
     * @throws UncheckedIOException if it cannot be read
     */
    public static Properties load(InputStream in, String name, Class<?> owner) {
        if (in == null) {
            throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
        }
        Properties entries = new Properties();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            entries.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
