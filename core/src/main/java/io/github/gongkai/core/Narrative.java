package io.github.gongkai.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The report's narrative sections, as optional text. An immutable, thread-safe value.
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
     * Checks for nulls.
     *
     * @throws NullPointerException if a component is null (use {@link Optional#empty()})
     */
    public Narrative {
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(problemsAndImprovements, "problemsAndImprovements");
        Objects.requireNonNull(otherMatters, "otherMatters");
    }

    /**
     * Obtains a narrative from nullable texts.
     *
     * @param overview 一、总体情况, or null
     * @param problemsAndImprovements 五、存在的主要问题及改进情况, or null
     * @param otherMatters 六、其他需要报告的事项, or null
     * @return the narrative, never null
     */
    public static Narrative of(String overview, String problemsAndImprovements, String otherMatters) {
        return new Narrative(Optional.ofNullable(overview), Optional.ofNullable(problemsAndImprovements),
                Optional.ofNullable(otherMatters));
    }
}
