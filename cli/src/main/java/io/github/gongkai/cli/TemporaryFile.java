package io.github.gongkai.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A temporary file that a reader needs by name (standard input copied for the page reader), removed however the
 * run ends short of {@code kill -9}: by {@link #close()} on success or failure, and by a shutdown hook when the JVM
 * is stopped before (Ctrl-C, {@code kill}, {@code System.exit} from elsewhere). The hook is removed with the file,
 * so that a long-lived process does not collect them.
 */
final class TemporaryFile implements Closeable {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path path;
    private final Thread hook;

    private TemporaryFile(Path path) {
        this.path = path;
        this.hook = new Thread(this::delete, "gongkai-temporary-file");
    }

    /**
     * Creates an empty file in the system's temporary folder ({@code java.io.tmpdir}), readable by its owner
     * only, its name without an extension.
     *
     * @param prefix the start of its name
     * @return the file
     * @throws IOException if it cannot be created
     */
    static TemporaryFile create(String prefix) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        TemporaryFile file = new TemporaryFile(folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, prefix, "", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile(folder, prefix, ""));
        try {
            Runtime.getRuntime().addShutdownHook(file.hook);
        } catch (IllegalStateException shuttingDown) {
            file.delete();
            throw new IOException("the JVM is shutting down", shuttingDown);
        }
        return file;
    }

    /**
     * Copies a stream into the file, which keeps its permissions (a copy that replaced it would take the
     * system's default ones).
     *
     * @param in the stream, read to its end and not closed
     * @throws IOException if it cannot be read or the file written
     */
    void copy(InputStream in) throws IOException {
        try (OutputStream out = Channels.newOutputStream(FileChannel.open(path, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING))) {
            in.transferTo(out);
        }
    }

    /** The file. */
    Path path() {
        return path;
    }

    /** Deletes the file; nothing is left to delete at shutdown. */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it deletes the file too
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a file the system does not let go; nothing more to do
        }
    }
}
