package io.github.gongkai.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The report's narrative sections, as optional text. An immutable, thread-safe value.
 *
 * <p>Each text is well-formed Unicode (no unpaired surrogate) and may run over several lines: it may hold TAB,
 * LF and CR, but no other control character (C0 U+0000 to U+001F, DEL U+007F, C1 U+0080 to U+009F), so
 * that every writer can write it. An empty text is kept as given.
 *
 * @param overview 一、总体情况
 * @param problemsAndImprovements 五、存在的主要问题及改进情况
 *     (2019: 五、政府信息公开工作存在的主要问题及改进情况)
 * @param otherMatters 六、其他需要报告的事项
 */
public record Narrative(Optional<String> overview, Optional<String> problemsAndImprovements,
        Optional<String> otherMatters) {

    /** No narrative text at all. */
    public static final Narrative NONE = new Narrative(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the texts.
     *
     * @throws NullPointerException if a component is null (use {@link Optional#empty()})
     * @throws IllegalArgumentException if a text holds an unpaired surrogate or a control character other than
     *     TAB, LF and CR; the message names the section and the character's index, and writes the character as
     *     {@code U+0000}
     */
    public Narrative {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(problemsAndImprovements, "problemsAndImprovements");
        Objects.requireNonNull(otherMatters, "otherMatters");
        overview.ifPresent(text -> Texts.multiLine(text, "narrative: overview"));
        problemsAndImprovements.ifPresent(text -> Texts.multiLine(text, "narrative: problemsAndImprovements"));
        otherMatters.ifPresent(text -> Texts.multiLine(text, "narrative: otherMatters"));
    }

    /**
     * Obtains a narrative from nullable texts.
     *
     * @param overview 一、总体情况, or null
     * @param problemsAndImprovements 五、存在的主要问题及改进情况, or null
     * @param otherMatters 六、其他需要报告的事项, or null
     * @return the narrative, never null
     * @throws IllegalArgumentException if a text is not allowed, as for the constructor
     */
    public static Narrative of(String overview, String problemsAndImprovements, String otherMatters) {
        return new Narrative(Optional.ofNullable(overview), Optional.ofNullable(problemsAndImprovements),
                Optional.ofNullable(otherMatters));
    }
}
