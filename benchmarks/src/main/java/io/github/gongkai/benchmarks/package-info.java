/**
 * JMH benchmarks of gongkai, each paired with a baseline measured in the same run; {@link
 * io.github.gongkai.benchmarks.RatioReport} runs the pairs and prints the ratios, {@link
 * io.github.gongkai.benchmarks.Streaming} reads and validates a large JSON Lines file under a small heap.
 * See the module's README.md.
 */
package io.github.gongkai.benchmarks;
