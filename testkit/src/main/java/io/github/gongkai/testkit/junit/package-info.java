/**
 * JUnit 5 integration: {@link io.github.gongkai.testkit.junit.GeneratedReports} feeds generated reports
 * into a parameterized test, names each case by its seed, and replays given seeds.
 */
package io.github.gongkai.testkit.junit;
