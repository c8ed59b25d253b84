package io.github.gongkai.benchmarks;

import io.github.gongkai.core.Report;
import io.github.gongkai.json.ReportJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Typed JSON read and write of a realistic 2021 report against Jackson's tree model over the same bytes: read
 * against {@code readTree}, write against writing that tree.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JsonBench {

    private ReportJson json;
    private JsonMapper mapper;
    private Report report;
    private byte[] bytes;
    private JsonNode tree;

    /** Writes the report once; the tree is read from those bytes. */
    @Setup
    public void setUp() {
        json = ReportJson.standard();
        mapper = JsonMapper.builder().build();
        report = Fixtures.report2021();
        bytes = json.writeBytes(report);
        tree = mapper.readTree(bytes);
        if (!json.read(bytes).equals(report)) {
            throw new IllegalStateException("the report does not round-trip");
        }
    }

    /**
     * Typed read.
     *
     * @return the report
     */
    @Benchmark
    public Report read() {
        return json.read(bytes);
    }

    /**
     * Baseline of the read: Jackson's tree of the same bytes.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode readTreeBaseline() {
        return mapper.readTree(bytes);
    }

    /**
     * Typed write.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] write() {
        return json.writeBytes(report);
    }

    /**
     * Baseline of the write: Jackson writing the tree of the same document.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] writeTreeBaseline() {
        return mapper.writeValueAsBytes(tree);
    }
}
