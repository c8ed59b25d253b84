package io.github.gongkai.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time of the benchmark's worker threads per operation, in the primary result's unit, as the
 * secondary result {@code :cpu}: the primary score scaled by the workers' CPU time over the iteration's wall
 * time.
 *
 * <p>On a shared machine the wall time per operation grows with the load that other processes put on the
 * cores, while the CPU time of the thread doing the work does not (much: caches are shared too). It leaves
 * out the JIT compiler's and the garbage collector's threads, whose work a short run on a loaded machine
 * spreads unevenly over the iterations; {@code -prof gc} shows allocation separately. Use it with
 * {@code -prof io.github.gongkai.benchmarks.CpuTimeProfiler}; {@link RatioReport} adds it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuStart;
    private long wallStart;

    /** Creates the profiler; JMH calls this in the benchmark JVM. */
    public CpuTimeProfiler() {
    }

    /** The CPU time of JMH's worker threads so far; they live as long as the benchmark's runs. */
    private long workersCpuTime() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(t.getId());
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }

    @Override
    public String getDescription() {
        return "CPU time of the worker threads per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        wallStart = System.nanoTime();
        cpuStart = workersCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature of JMH's interface
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        long cpu = workersCpuTime() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        double perOp = result.getPrimaryResult().getScore() * cpu / wall;
        return List.of(new ScalarResult("cpu", perOp, result.getScoreUnit(), AggregationPolicy.AVG));
    }
}
