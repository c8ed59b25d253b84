package io.github.gongkai.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a command writes: standard output, or a file that is replaced only when the command succeeds.
 *
 * <p>A file output is written to a hidden temporary file in the target's folder ({@code .NAME.*.tmp}),
 * forced to disk and moved over the target in one atomic rename by {@link #commit()}. Until then the
 * previous file is untouched; closing without committing deletes the temporary file. A process killed
 * mid-run leaves at most such a temporary file, never a target that looks complete.
 *
 * <p>Everything that can be checked before reading any input is checked by {@link #to}: the target is not a
 * directory, its folder exists, and it is not one of the inputs (the same file by real path) — an output
 * that is also an input is refused before anything is opened.
 *
 * <p>{@link #writer()} encodes UTF-8 with U+FFFD for anything unencodable (an unpaired surrogate in a file
 * name), so a write never fails half-way through a document.
 */
final class Output implements Closeable {

    /** The name that means standard output (or standard input, where a file is read). */
    static final String STANDARD = "-";

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private Output(Path target, Path temporary, OutputStream stream, Writer writer) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.writer = writer;
    }

    /**
     * Opens an output.
     *
     * @param target the file, or {@code -} for standard output
     * @param option the option that named it, for messages ({@code -o}, {@code --report})
     * @param inputs the files the command reads, none of which may be the target
     * @param standardOutput standard output, used when the target is absent or {@code -}; flushed, never closed
     * @throws OperatorException if the target cannot be written, naming it and why
     */
    static Output to(Path target, String option, Collection<Path> inputs, Writer standardOutput) {
        if (target == null || isStandard(target)) {
            return new Output(null, null, null, standardOutput);
        }
        Path file = checkWritable(target, option, inputs);
        try {
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            permissions(file, temporary);
            OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
            return new Output(file, temporary, stream, utf8(stream));
        } catch (FileSystemException e) {
            // The temporary file's name would only confuse: name the folder and the system's reason.
            String reason = e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
            boolean denied = e instanceof AccessDeniedException;
            throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：无法在文件夹 ",
                    ": cannot create a file in the folder ") + Display.path(file.getParent()) + lang.t(" 中创建文件（",
                    " (") + (denied ? lang.t("没有权限", "permission denied") : reason) + lang.t("）", ")"));
        } catch (IOException e) {
            throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：", ": ")
                    + Inputs.describe(e, lang));
        }
    }

    /**
     * Checks, before anything is read, that a file written only at the end of a run can be written there: the
     * same checks as {@link #to}, without creating anything.
     *
     * @param target the file (not {@code -})
     * @param option the option that named it, for messages
     * @param inputs the files the command reads, none of which may be the target
     * @return the target with links resolved
     * @throws OperatorException if the target cannot be written, naming it and why
     */
    static Path checkWritable(Path target, String option, Collection<Path> inputs) {
        Path file = resolve(target, option);
        for (Path input : inputs) {
            if (sameFile(file, input)) {
                throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t(
                        "：这个文件也是输入；请把输出写到另一个文件", ": this file is also an input; write the output to "
                        + "another file"));
            }
        }
        return file;
    }

    /**
     * Refuses, before anything is read, two outputs of one run that name the same file (or a file inside the
     * folder of the other), of which one would silently replace the other, and an output that is one of the run's
     * other inputs (a baseline, a rule pack, a list of organs), which it would replace.
     *
     * @param outputs each output's option and path, null for an option not given; a path that is {@code -} is
     *     standard output and never clashes
     * @param otherInputs files the run reads besides its reports, by option, null for one not given
     * @throws OperatorException naming both options and the path
     */
    static void requireSeparate(Map<String, Path> outputs, Map<String, Path> otherInputs) {
        List<Map.Entry<String, Path>> given = outputs.entrySet().stream()
                .filter(e -> e.getValue() != null && !isStandard(e.getValue())).toList();
        for (int i = 0; i < given.size(); i++) {
            Path a = given.get(i).getValue().toAbsolutePath().normalize();
            for (int j = i + 1; j < given.size(); j++) {
                Path b = given.get(j).getValue().toAbsolutePath().normalize();
                if (a.equals(b) || a.startsWith(b) || b.startsWith(a) || sameFile(a, b)) {
                    String first = given.get(i).getKey();
                    String second = given.get(j).getKey();
                    Path shown = given.get(j).getValue();
                    throw new OperatorException(lang -> second + " " + Display.path(shown) + lang.t("：与 " + first
                            + " 是同一个位置；每个输出需要自己的文件", ": the same place as " + first
                            + "; each output needs a file of its own"));
                }
            }
            for (Map.Entry<String, Path> input : otherInputs.entrySet()) {
                if (input.getValue() != null && (a.equals(input.getValue().toAbsolutePath().normalize())
                        || sameFile(a, input.getValue()))) {
                    String option = given.get(i).getKey();
                    Path shown = given.get(i).getValue();
                    throw new OperatorException(lang -> option + " " + Display.path(shown) + lang.t("：这是 "
                            + input.getKey() + " 读取的文件；请把输出写到另一个文件", ": the file " + input.getKey()
                            + " reads; write the output to another file"));
                }
            }
        }
    }

    /**
     * Options and their paths, in the order given, for {@link #requireSeparate}.
     *
     * @param optionsAndPaths an option's name, then its path or null, and so on
     * @return an ordered map that may hold null paths
     */
    static Map<String, Path> options(Object... optionsAndPaths) {
        Map<String, Path> options = new LinkedHashMap<>();
        for (int i = 0; i < optionsAndPaths.length; i += 2) {
            options.put((String) optionsAndPaths[i], (Path) optionsAndPaths[i + 1]);
        }
        return options;
    }

    /** Tells whether a path names standard input or output. */
    static boolean isStandard(Path path) {
        return path != null && STANDARD.equals(path.toString());
    }

    /** The target with links resolved, checked to be a writable place for a file. */
    private static Path resolve(Path target, String option) {
        Path file = target.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(file) && Files.exists(file)) {
                file = file.toRealPath(); // write through the link, do not replace it with a file
            }
        } catch (IOException e) {
            throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：", ": ")
                    + Inputs.describe(e, lang));
        }
        if (Files.isDirectory(file)) {
            throw new OperatorException(lang -> option + " " + Display.path(target)
                    + lang.t("：是文件夹；请指定文件", ": is a directory; name a file"));
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            Path missing = folder == null ? target : folder;
            throw new OperatorException(lang -> option + " " + Display.path(target) + lang.t("：文件夹 ", ": the folder ")
                    + Display.path(missing) + lang.t(" 不存在", " does not exist"));
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new OperatorException(lang -> option + " " + Display.path(target)
                    + lang.t("：不是普通文件", ": not a regular file"));
        }
        return file;
    }

    /** Tells whether two paths name one existing file (by another path or through a link); never for {@code -}. */
    static boolean sameFile(Path file, Path input) {
        if (isStandard(file) || isStandard(input) || !Files.exists(file) || !Files.exists(input)) {
            return false;
        }
        try {
            return Files.isSameFile(file, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** The new file keeps the permissions of the one it replaces; a new file gets rw-r--r--. */
    private static void permissions(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        view.setPermissions(Files.exists(target)
                ? Files.getPosixFilePermissions(target) : NEW_FILE);
    }

    /**
     * A UTF-8 writer that cannot fail on content: an unpaired surrogate (the only thing UTF-8 cannot encode)
     * is written as U+FFFD instead of throwing half-way through a document.
     *
     * @param stream the bytes
     * @return the writer, unbuffered beyond the encoder's own buffer
     */
    static Writer utf8(OutputStream stream) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith("\uFFFD".getBytes(StandardCharsets.UTF_8));
        return new OutputStreamWriter(stream, encoder);
    }

    /** The output as text. Closing it does nothing; {@link #commit()} and {@link #close()} end the output. */
    Writer writer() {
        return writer;
    }

    /**
     * The output as bytes, for a file output (a {@code .docx}); the writer is then left unused. Closing it does
     * nothing more than {@link #close()} would; {@link #commit()} ends the output.
     *
     * @return the file's stream, never null
     * @throws IllegalStateException for standard output, which is written as text only
     */
    OutputStream stream() {
        if (stream == null) {
            throw new IllegalStateException("standard output takes text only");
        }
        return stream;
    }

    /** The file this output replaces, or empty for standard output. */
    java.util.Optional<Path> target() {
        return java.util.Optional.ofNullable(target);
    }

    /**
     * Flushes, forces the file to disk and moves it over the target in one rename. For standard output,
     * flushes.
     *
     * @throws IOException if the file cannot be written or moved; the target is then untouched
     */
    void commit() throws IOException {
        commitAs(target);
    }

    /**
     * Like {@link #commit()}, but to another file of the same folder: where an incomplete run keeps what it
     * had written, away from the target.
     *
     * @param file the file to create or replace
     * @throws IOException if the file cannot be written or moved
     */
    void commitAs(Path file) throws IOException {
        writer.flush();
        if (temporary == null) {
            return;
        }
        stream.close();
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        syncFolder(file.getParent());
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every platform can open a folder (Windows); the rename is then as durable as it gets.
        }
    }

    /** Closes; a file output not committed is deleted, leaving the previous target untouched. */
    @Override
    public void close() throws IOException {
        if (temporary == null) {
            writer.flush();
            return;
        }
        if (!committed) {
            try {
                stream.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
