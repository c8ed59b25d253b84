package io.github.gongkai.cli;

import io.github.gongkai.core.AmountUnit;
import io.github.gongkai.core.CellRef;
import io.github.gongkai.core.CellValue;
import io.github.gongkai.core.Edition;
import io.github.gongkai.core.Narrative;
import io.github.gongkai.core.Report;
import io.github.gongkai.core.UnreadReason;
import io.github.gongkai.validation.Finding;
import io.github.gongkai.validation.ReportSet;
import io.github.gongkai.validation.ReportValidator;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The rules over consecutive years of one organ ({@code SET.CARRY_OVER}, {@code SET.IN_FORCE_STOCK},
 * {@code SET.YEAR_RATIO}, {@code SET.REPEATED_REPORT}) over a corpus of any size in bounded memory.
 *
 * <p>The rule compares the 结转下年度 row of one organ's report with the 上年结转 row of its report for the
 * next year; the others read every cell and the narrative. The reports of a corpus come in any order, so each
 * report's organ, year, edition, cells and narrative (a few kilobytes) are sorted by organ and year in runs of
 * {@link #RUN_SIZE}, spilled, and merged; only one organ's two consecutive years are ever held in memory. Findings
 * come in order of organ name, then year, then input order.
 *
 * <p>Nothing is left on disk, however the run ends (a finding thrown, out of memory, Ctrl-C, {@code kill -9}): a
 * corpus whose reports fit in one run is compared in memory and writes nothing; the runs of a larger one go to one
 * {@link RunFile}, a temporary file unlinked from its folder as soon as it is opened (POSIX; elsewhere deleted
 * when it is closed, as the system closes it when the process ends), so that no name is left behind.
 *
 * <p>An organ with more than {@link #MAX_PER_YEAR} reports for one year (a corpus that repeats a report
 * thousands of times) is compared on its first {@code MAX_PER_YEAR} only, and {@link Sink#truncated} says so.
 */
final class CarryOver implements Closeable {

    /** Reports sorted in memory before a run is spilled: a few MB. */
    static final int RUN_SIZE = 4_096;
    /**
     * Bytes of reports (estimated: cells and narrative) held before a run is spilled, whatever their number: a
     * report's cells and narrative take a few kilobytes, and a batch runs in a 16 MB heap.
     */
    static final long RUN_BYTES = 2L << 20;
    /** Runs merged at once; more are merged in rounds, so the open files stay few. */
    static final int FAN_IN = 64;
    /** Reports of one organ and year compared with the neighbouring years. */
    static final int MAX_PER_YEAR = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::organ)
            .thenComparingInt(Entry::year).thenComparingLong(Entry::sequence);

    /** What the comparison reports. */
    interface Sink {
        /**
         * One carry-over finding.
         *
         * @param finding the finding, whose cells name positions 0.. of the two years' reports
         * @param earlier the source of the earlier year's report
         * @param later the source of the later year's report
         */
        void finding(Finding finding, String earlier, String later);

        /**
         * An organ had more reports for one year than are compared.
         *
         * @param organ the organ
         * @param year the year
         * @param reports how many it had
         */
        void truncated(String organ, int year, long reports);
    }

    /**
     * The part of one report the rules over years read, with where it came from: every cell of its edition (in
     * {@link CellRef#all} order) and the narrative's three texts (null where absent).
     */
    private record Entry(String organ, int year, Edition edition, long sequence, String source, CellValue[] cells,
            String[] narrative) {

        static Entry of(Report report, long sequence, String source) {
            List<CellRef> refs = CellRef.all(report.edition());
            CellValue[] cells = new CellValue[refs.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = report.get(refs.get(i));
            }
            Narrative n = report.narrative();
            return new Entry(report.header().organName(), report.header().reportYear(), report.edition(), sequence,
                    source, cells, new String[] {n.overview().orElse(null), n.problemsAndImprovements().orElse(null),
                        n.otherMatters().orElse(null)});
        }

        /** Roughly what the entry holds on the heap. */
        long estimatedBytes() {
            long bytes = 256 + 8L * cells.length + 2L * (organ.length() + source.length());
            for (String text : narrative) {
                bytes += text == null ? 0 : 48 + 2L * text.length();
            }
            return bytes;
        }

        /** A report holding these cells and texts: all that the rules over years read. */
        Report report() {
            Report.Builder builder = Report.builder(edition).organName(organ).reportYear(year);
            List<CellRef> refs = CellRef.all(edition);
            for (int i = 0; i < cells.length; i++) {
                builder.set(refs.get(i), cells[i]);
            }
            return builder.narrative(Narrative.of(narrative[0], narrative[1], narrative[2])).build();
        }
    }

    private final int runSize;
    private final int fanIn;
    private final int maxPerYear;
    private final List<Entry> buffer = new ArrayList<>();
    /** The spilled runs; null until the first is spilled. */
    private RunFile runs;
    private long sequence;
    private long bufferedBytes;

    /** Creates nothing on disk until a first run is spilled. */
    CarryOver() {
        this(RUN_SIZE, FAN_IN, MAX_PER_YEAR);
    }

    /** With other sizes, so that tests reach several runs and merge rounds with a few reports. */
    CarryOver(int runSize, int fanIn, int maxPerYear) {
        if (runSize < 1 || fanIn < 2 || maxPerYear < 1) {
            throw new IllegalArgumentException("runSize >= 1, fanIn >= 2, maxPerYear >= 1");
        }
        this.runSize = runSize;
        this.fanIn = fanIn;
        this.maxPerYear = maxPerYear;
    }

    /**
     * Keeps what the rule needs of one report.
     *
     * @throws IOException if a run cannot be spilled
     */
    void add(Report report, String source) throws IOException {
        Entry entry = Entry.of(report, sequence++, source);
        buffer.add(entry);
        bufferedBytes += entry.estimatedBytes();
        if (buffer.size() == runSize || bufferedBytes >= RUN_BYTES) {
            spill();
        }
    }

    private void spill() throws IOException {
        buffer.sort(ORDER);
        if (runs == null) {
            runs = RunFile.create();
        }
        try (DataOutputStream out = runs.newRun()) {
            for (Entry entry : buffer) {
                write(out, entry);
            }
        }
        buffer.clear();
        bufferedBytes = 0;
    }

    /**
     * Compares every organ's consecutive years with {@code validator} (which should apply carry-over only).
     *
     * @throws IOException if the spilled runs cannot be read back
     */
    void compare(ReportValidator validator, Sink sink) throws IOException {
        if (runs == null) {
            // Never spilled: the whole corpus is one run, walked in memory.
            buffer.sort(ORDER);
            Iterator<Entry> sorted = buffer.iterator();
            new Walk(validator, sink, maxPerYear).run(() -> sorted.hasNext() ? sorted.next() : null);
            return;
        }
        if (!buffer.isEmpty()) {
            spill();
        }
        while (runs.count() > fanIn) {
            runs = mergeRound(runs);
        }
        new Walk(validator, sink, maxPerYear).run(new Merge(runs, 0, runs.count()));
    }

    /**
     * Merges the runs of a file by groups of {@link #fanIn} into the runs of a new file, and closes the old one
     * (freeing it), so that the disk holds at most the corpus twice.
     */
    private RunFile mergeRound(RunFile from) throws IOException {
        RunFile to = RunFile.create();
        try {
            for (int first = 0; first < from.count(); first += fanIn) {
                Merge merge = new Merge(from, first, Math.min(first + fanIn, from.count()));
                try (DataOutputStream out = to.newRun()) {
                    for (Entry entry = merge.next(); entry != null; entry = merge.next()) {
                        write(out, entry);
                    }
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            to.close();
            throw e;
        }
        from.close();
        return to;
    }

    /** Entries in order, one at a time. */
    private interface Entries {
        /** The next entry, or null after the last. */
        Entry next() throws IOException;
    }

    /** Walks the sorted entries one organ-year at a time, comparing each with the year before. */
    private static final class Walk {
        private final ReportValidator validator;
        private final Sink sink;
        private final int maxPerYear;
        private List<Entry> previous = List.of();
        private List<Entry> current = new ArrayList<>();
        private long currentCount;

        Walk(ReportValidator validator, Sink sink, int maxPerYear) {
            this.validator = validator;
            this.sink = sink;
            this.maxPerYear = maxPerYear;
        }

        void run(Entries merge) throws IOException {
            for (Entry entry = merge.next(); entry != null; entry = merge.next()) {
                if (!current.isEmpty() && (!entry.organ().equals(current.get(0).organ())
                        || entry.year() != current.get(0).year())) {
                    endGroup();
                }
                currentCount++;
                if (current.size() < maxPerYear) {
                    current.add(entry);
                }
            }
            if (!current.isEmpty()) {
                endGroup();
            }
        }

        private void endGroup() {
            Entry first = current.get(0);
            if (currentCount > maxPerYear) {
                sink.truncated(first.organ(), first.year(), currentCount);
            }
            if (!previous.isEmpty() && previous.get(0).organ().equals(first.organ())
                    && previous.get(0).year() == first.year() - 1) {
                compare(previous, current);
            }
            previous = current;
            current = new ArrayList<>();
            currentCount = 0;
        }

        private void compare(List<Entry> earlier, List<Entry> later) {
            List<Entry> both = new ArrayList<>(earlier);
            both.addAll(later);
            List<Report> reports = new ArrayList<>(both.size());
            for (Entry entry : both) {
                reports.add(entry.report());
            }
            for (Finding finding : validator.validate(ReportSet.of(reports)).findings()) {
                // The earlier report is the one of the finding's cells with the earliest year (a stock finding
                // has three cells of the later year and one of the earlier).
                int a = finding.cells().get(0).report();
                int b = a;
                for (var cell : finding.cells()) {
                    int year = reports.get(cell.report()).header().reportYear();
                    if (year < reports.get(a).header().reportYear()) {
                        a = cell.report();
                    }
                    if (year > reports.get(b).header().reportYear()) {
                        b = cell.report();
                    }
                }
                sink.finding(finding, both.get(a).source(), both.get(b).source());
            }
        }
    }

    /** A k-way merge of sorted runs, holding one entry and a small buffer per run. */
    private static final class Merge implements Entries {
        private record Head(Entry entry, DataInputStream in) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));

        /** Merges the runs {@code first} (inclusive) to {@code last} (exclusive) of a file. */
        Merge(RunFile runs, int first, int last) throws IOException {
            for (int run = first; run < last; run++) {
                advance(runs.read(run));
            }
        }

        @Override
        public Entry next() throws IOException {
            Head head = heads.poll();
            if (head == null) {
                return null;
            }
            advance(head.in());
            return head.entry();
        }

        private void advance(DataInputStream in) throws IOException {
            Entry entry = read(in);
            if (entry != null) {
                heads.add(new Head(entry, in));
            }
        }
    }

    /**
     * Sorted runs, one after the other in one temporary file without a name: it is unlinked from the temporary
     * folder as soon as it is created (where the system allows it: POSIX), and the system frees it when it is
     * closed or the process ends, however it ends; elsewhere it is deleted when closed. Runs are written one at a
     * time at the end of the file, and read back by position, any number at once, over one file descriptor.
     */
    private static final class RunFile implements Closeable {
        private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

        private final FileChannel channel;
        /** Where each run starts; the last element is the end of the last run. */
        private final List<Long> starts = new ArrayList<>(List.of(0L));

        private RunFile(FileChannel channel) {
            this.channel = channel;
        }

        /** Creates the file in the system's temporary folder ({@code java.io.tmpdir}), readable by its owner only. */
        static RunFile create() throws IOException {
            Path folder = Path.of(System.getProperty("java.io.tmpdir"));
            Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            for (int attempt = 0; ; attempt++) {
                Path file = folder.resolve("gongkai-carry-over-" + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
                try {
                    return new RunFile(posix ? FileChannel.open(file, options,
                            PosixFilePermissions.asFileAttribute(OWNER_ONLY)) : FileChannel.open(file, options));
                } catch (FileAlreadyExistsException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
        }

        /** How many runs the file holds. */
        int count() {
            return starts.size() - 1;
        }

        /** A stream that writes the next run at the end of the file; closing it ends the run, not the file. */
        DataOutputStream newRun() throws IOException {
            channel.position(starts.get(starts.size() - 1));
            OutputStream run = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
                    while (bytes.hasRemaining()) {
                        channel.write(bytes);
                    }
                }

                @Override
                public void close() throws IOException {
                    starts.add(channel.position());
                }
            };
            return new DataOutputStream(new BufferedOutputStream(run, 1 << 16));
        }

        /** A stream over one run, read by position: any number of runs are read at once. */
        DataInputStream read(int run) {
            long end = starts.get(run + 1);
            InputStream in = new InputStream() {
                private long position = starts.get(run);

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (position >= end) {
                        return -1;
                    }
                    ByteBuffer bytes = ByteBuffer.wrap(b, off, (int) Math.min(len, end - position));
                    int read = channel.read(bytes, position);
                    if (read < 0) {
                        throw new EOFException("spilled carry-over run cut short");
                    }
                    position += read;
                    return read;
                }
            };
            return new DataInputStream(new BufferedInputStream(in, 1 << 13));
        }

        /** Closes the file, which frees it (and deletes it where it still has a name). */
        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static void write(DataOutputStream out, Entry entry) throws IOException {
        writeText(out, entry.organ());
        out.writeInt(entry.year());
        writeText(out, entry.edition().name());
        out.writeLong(entry.sequence());
        writeText(out, entry.source());
        for (CellValue value : entry.cells()) {
            write(out, value);
        }
        for (String text : entry.narrative()) {
            out.writeBoolean(text != null);
            if (text != null) {
                writeText(out, text);
            }
        }
    }

    private static Entry read(DataInputStream in) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        String organ = readText(in, length);
        int year = in.readInt();
        Edition edition = Edition.valueOf(readText(in, in.readInt()));
        long sequence = in.readLong();
        String source = readText(in, in.readInt());
        CellValue[] cells = new CellValue[CellRef.all(edition).size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = readValue(in);
        }
        String[] narrative = new String[3];
        for (int i = 0; i < narrative.length; i++) {
            narrative[i] = in.readBoolean() ? readText(in, in.readInt()) : null;
        }
        return new Entry(organ, year, edition, sequence, source, cells, narrative);
    }

    /** Every kind of cell value, exactly: a tag, then the number or the text as printed. */
    private static void write(DataOutputStream out, CellValue value) throws IOException {
        if (value instanceof CellValue.Count count) {
            out.writeByte('c');
            out.writeLong(count.value());
        } else if (value instanceof CellValue.SignedCount signed) {
            out.writeByte('s');
            out.writeLong(signed.value());
        } else if (value instanceof CellValue.Amount amount) {
            out.writeByte('a');
            writeText(out, amount.value().toPlainString());
            writeText(out, amount.unit().name());
        } else if (value instanceof CellValue.NotApplicable na) {
            out.writeByte('n');
            writeText(out, na.placeholder());
        } else if (value instanceof CellValue.Unread unread) {
            // Its reason only: the rules over years never read glued runs or printed totals. A merged cell (a
            // piece of a printed total) cannot stand without its total, and is kept as a cell not found.
            out.writeByte('u');
            writeText(out, (unread.reason() == UnreadReason.MERGED ? UnreadReason.NOT_FOUND : unread.reason()).name());
        } else {
            out.writeByte('b');
        }
    }

    private static CellValue readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'c':
                return CellValue.count(in.readLong());
            case 's':
                return CellValue.signedCount(in.readLong());
            case 'a':
                return CellValue.amount(new BigDecimal(readText(in, in.readInt())),
                        AmountUnit.valueOf(readText(in, in.readInt())));
            case 'n':
                return CellValue.notApplicable(readText(in, in.readInt()));
            case 'u':
                return CellValue.unread(UnreadReason.valueOf(readText(in, in.readInt())));
            case 'b':
                return CellValue.blank();
            default:
                throw new IOException("spilled carry-over run damaged: cell tag " + tag);
        }
    }

    /** Length-prefixed UTF-8: no 64 KB limit as in {@code writeUTF}; text from the model is well-formed. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in, int length) throws IOException {
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Frees the spilled runs, if any. */
    @Override
    public void close() throws IOException {
        buffer.clear();
        if (runs != null) {
            runs.close();
        }
    }
}
