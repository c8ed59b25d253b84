/**
 * A Quarkus (JVM mode) application that takes 政府信息公开工作年度报告 over REST with gongkai: Jackson 2, Bean
 * Validation and problem+json errors. See the module's README.md.
 */
package io.github.gongkai.quarkus.example;
