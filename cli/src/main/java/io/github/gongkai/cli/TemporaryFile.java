package io.github.gongkai.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temporary file that a reader needs by name (standard input copied for the page reader), removed however the
 * run ends short of {@code kill -9}: by {@link #close()} on success or failure, and by a shutdown hook when the JVM
 * is stopped before (Ctrl-C, {@code kill}, {@code System.exit} from elsewhere). The hook is removed with the file,
 * so that a long-lived process does not collect them.
 *
 * <p>{@code kill -9} runs neither: the file is left. Its name carries the process's id ({@code PREFIX<pid>-<random>}),
 * and each new file's creation removes the files of its kind that such runs left in the folder: those whose process
 * no longer exists, that were last written over {@link #LEFTOVER_AGE} ago, that are regular files (a link is not
 * followed) and that belong to the same user. A process that exists, even one that reused the id, keeps its file; so
 * does anything not named exactly so. The age is for processes of other machines, or of containers with their own
 * process ids, that share the folder: their ids mean nothing here, and a run holds its copy for seconds.
 */
final class TemporaryFile implements Closeable {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * How long ago a leftover must have been last written to be removed: far longer than a run holds its copy (a
     * report is read within its time limit), so that a run whose process this one cannot see keeps its file.
     */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private final Path path;
    private final Thread hook;

    private TemporaryFile(Path path) {
        this.path = path;
        this.hook = new Thread(this::delete, "gongkai-temporary-file");
    }

    /**
     * Creates an empty file in the system's temporary folder ({@code java.io.tmpdir}), readable by its owner
     * only, named {@code prefix}, this process's id, {@code -} and a random number (no extension); then removes
     * what killed runs left there under the same prefix ({@link #removeLeftovers}).
     *
     * @param prefix the start of its name
     * @return the file
     * @throws IOException if it cannot be created
     */
    static TemporaryFile create(String prefix) throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"));
        TemporaryFile file = new TemporaryFile(createFile(folder, prefix + ProcessHandle.current().pid() + "-"));
        try {
            Runtime.getRuntime().addShutdownHook(file.hook);
        } catch (IllegalStateException shuttingDown) {
            file.delete();
            throw new IOException("the JVM is shutting down", shuttingDown);
        }
        // After creating its own file, whose owner is the user this process writes as, as the folder sees it.
        try {
            removeLeftovers(folder, prefix, Files.getOwner(file.path, LinkOption.NOFOLLOW_LINKS),
                    Instant.now().minus(LEFTOVER_AGE));
        } catch (IOException | UnsupportedOperationException | SecurityException noOwner) {
            // an owner that cannot be told: nothing is removed
        }
        return file;
    }

    private static Path createFile(Path folder, String start) throws IOException {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(start + Long.toUnsignedString(RANDOM.nextLong()));
            try {
                return posix ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                        : Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes from {@code folder} the files named {@code prefix<pid>-<number>} (digits only) whose process
     * {@code pid} no longer exists, that are regular files, links not followed, that {@code owner} owns and that
     * were last written before {@code writtenBefore}. Anything else is left: another name, a link, a folder,
     * another user's file, the file of a process that exists (this one's included), a file written since. The age
     * keeps the copy of a run in another process namespace (another container sharing the folder, whose process ids
     * this one cannot see) for as long as a run takes. Failures are ignored: a file another run removed first, one
     * the system does not let go.
     *
     * @param folder the temporary folder
     * @param prefix the start of the names, as given to {@link #create}
     * @param owner the user whose files may be removed
     * @param writtenBefore only files last modified before this instant may be removed
     */
    static void removeLeftovers(Path folder, String prefix, UserPrincipal owner, Instant writtenBefore) {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "([0-9]{1,19})-[0-9]{1,20}");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder,
                f -> f.getFileName().toString().startsWith(prefix))) {
            for (Path file : files) {
                Matcher matcher = name.matcher(file.getFileName().toString());
                if (matcher.matches() && processGone(matcher.group(1)) && removable(file, owner, writtenBefore)) {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        // removed by another run meanwhile, or not ours to remove
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            // a folder that cannot be listed: nothing is removed
        }
    }

    /** Whether no process has this id; an id that cannot be asked about counts as a living process's. */
    private static boolean processGone(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).isEmpty();
        } catch (NumberFormatException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A regular file of {@code owner}'s last written before an instant, looked at without following a link. */
    private static boolean removable(Path file, UserPrincipal owner, Instant writtenBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(writtenBefore)
                    && owner.equals(Files.getOwner(file, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
