package io.github.gongkai.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A recorded behaviour, for differential tests across a refactoring or an upgrade: what some code made of
 * many inputs (findings, JSON bytes, reading results), kept as SHA-256 digests of blocks of cases in a small
 * text file, and compared case block by case block with what the code makes now.
 *
 * <pre>{@code
 * BehaviourRecord record = BehaviourRecord.of(Path.of("src/test/resources/record/findings.txt"), 1_000);
 * for (long seed = 0; seed < 100_000; seed++) {
 *     record.add(describe(validator.validate(generate(seed))));   // any deterministic text
 * }
 * record.finish();   // compares; with -Dgongkai.testkit.record=true, writes the file instead
 * }</pre>
 *
 * <p>Each line of the file is {@code first-case last-case digest}; the last line counts the cases. On a
 * difference, {@link #finish()} names the first block that differs, so that the cases can be replayed by
 * their index. Not thread-safe; one record per test.
 */
public final class BehaviourRecord {

    /** The system property that switches from comparing to (re)writing the record. */
    public static final String RECORD_PROPERTY = "gongkai.testkit.record";

    private final Path file;
    private final int blockSize;
    private final boolean writing;
    private final List<String> blocks = new ArrayList<>();
    private MessageDigest digest = newDigest();
    private long cases;
    private long blockStart;

    private BehaviourRecord(Path file, int blockSize, boolean writing) {
        this.file = file;
        this.blockSize = blockSize;
        this.writing = writing;
    }

    /**
     * A record kept in a file; it compares unless the system property {@value #RECORD_PROPERTY} is
     * {@code true}.
     *
     * @param file the record, usually under {@code src/test/resources}
     * @param blockSize cases per digest: smaller blocks locate a difference more closely, at a larger file
     * @return the record, empty
     * @throws IllegalArgumentException if {@code blockSize} is not positive
     */
    public static BehaviourRecord of(Path file, int blockSize) {
        return of(file, blockSize, Boolean.getBoolean(RECORD_PROPERTY));
    }

    /**
     * A record that compares with, or writes, a file.
     *
     * @param file the record
     * @param blockSize cases per digest
     * @param writing true to write the file at {@link #finish()}, false to compare with it
     * @return the record, empty
     * @throws IllegalArgumentException if {@code blockSize} is not positive
     */
    public static BehaviourRecord of(Path file, int blockSize, boolean writing) {
        Objects.requireNonNull(file, "file");
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be positive, was " + blockSize);
        }
        return new BehaviourRecord(file, blockSize, writing);
    }

    /**
     * Adds one case: the text that describes what the code made of one input. The text must not depend on
     * anything but the input (no hash codes of objects without {@code hashCode}, no times, no paths of
     * temporary files).
     *
     * @param description the case, any text
     */
    public void add(String description) {
        byte[] bytes = description.getBytes(StandardCharsets.UTF_8);
        digest.update(longBytes(bytes.length));
        digest.update(bytes);
        cases++;
        if (cases - blockStart == blockSize) {
            endBlock();
        }
    }

    /**
     * Returns how many cases were added.
     *
     * @return the count
     */
    public long cases() {
        return cases;
    }

    /**
     * Writes the record, or compares it with the file.
     *
     * @throws AssertionError if comparing and a block differs, or the file is missing or has another number of
     *     cases; the message names the first block that differs and how to write the record anew
     * @throws UncheckedIOException if the file cannot be read or written
     */
    public void finish() {
        if (cases > blockStart) {
            endBlock();
        }
        List<String> lines = new ArrayList<>(blocks);
        lines.add("cases " + cases);
        try {
            if (writing) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.write(file, lines, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("no record at " + file + "; write it with -D" + RECORD_PROPERTY + "=true");
            }
            List<String> recorded = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < Math.min(recorded.size(), lines.size()); i++) {
                if (!recorded.get(i).equals(lines.get(i))) {
                    throw new AssertionError("behaviour differs from the record " + file + " at line " + (i + 1)
                            + ": recorded '" + recorded.get(i) + "', now '" + lines.get(i) + "' (if the change is "
                            + "intended, write the record anew with -D" + RECORD_PROPERTY + "=true)");
                }
            }
            if (recorded.size() != lines.size()) {
                throw new AssertionError("the record " + file + " has " + recorded.size() + " lines, now "
                        + lines.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endBlock() {
        blocks.add(blockStart + " " + (cases - 1) + " " + HexFormat.of().formatHex(digest.digest()));
        digest = newDigest();
        blockStart = cases;
    }

    private static byte[] longBytes(long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        return bytes;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
