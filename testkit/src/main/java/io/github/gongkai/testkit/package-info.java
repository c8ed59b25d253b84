/**
 * Generators of reports for property-based tests: {@link io.github.gongkai.testkit.ReportGenerator} makes
 * valid reports from a {@link java.util.random.RandomGenerator}, {@link io.github.gongkai.testkit.FaultInjector}
 * makes a report with one known {@link io.github.gongkai.testkit.Fault}, and
 * {@link io.github.gongkai.testkit.ReportShrinker} reduces a failing report to a small one.
 *
 * <p>Nothing here depends on a property-testing engine: any engine (or a plain loop) that can hand out a
 * {@code RandomGenerator} can drive the generators. For JUnit 5, see {@code io.github.gongkai.testkit.junit}.
 */
package io.github.gongkai.testkit;
