/**
 * The Jackson 2 module for {@code Report}.
 *
 * <ul>
 *   <li>{@link io.github.gongkai.jackson2.GongkaiJackson2Module}: registers the serializer and deserializer,
 *       and checks that a mapper has them ({@link io.github.gongkai.jackson2.GongkaiJackson2Module#requireRegistered
 *       requireRegistered}).</li>
 *   <li>{@link io.github.gongkai.jackson2.InvalidReportJsonException}: what reading a bad report throws, a
 *       Jackson 2 {@code MismatchedInputException} naming the JSON Pointer.</li>
 * </ul>
 */
package io.github.gongkai.jackson2;
