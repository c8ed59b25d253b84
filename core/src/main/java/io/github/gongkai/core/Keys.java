package io.github.gongkai.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Look-ups shared by the row and column enums. */
final class Keys {

    /**
     * Data that differs by edition, as a map: what the enums hold instead of branching on the edition.
     *
     * @param in2019 the value in the 2019 edition, may be null (absent there)
     * @param in2021 the value in the 2021 edition, may be null
     */
    static <T> Map<Edition, T> byEdition(T in2019, T in2021) {
        Map<Edition, T> map = new EnumMap<>(Edition.class);
        map.put(Edition.V2019, in2019);
        map.put(Edition.V2021, in2021);
        return Collections.unmodifiableMap(map);
    }

    /**
     * The preferred edition if it has something, else the first edition that has it: where a label is looked
     * up for a cell that may exist in one edition only.
     */
    static Edition preferring(Edition preferred, java.util.function.Predicate<Edition> has) {
        if (has.test(preferred)) {
            return preferred;
        }
        for (Edition edition : Edition.values()) {
            if (has.test(edition)) {
                return edition;
            }
        }
        return preferred;
    }

    private Keys() {
    }

    static <E> Optional<E> find(E[] values, String key, Function<E, String> keyOf) {
        return find(values, key, "key", keyOf);
    }

    /** {@link #find} of a key or a label, named {@code what} in the exception when it is null. */
    private static <E> Optional<E> find(E[] values, String key, String what, Function<E, String> keyOf) {
        Objects.requireNonNull(key, what);
        for (E value : values) {
            if (key.equals(keyOf.apply(value))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends TableRow> Optional<E> findLabel(E[] rows, String label, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return find(rows, label, "label", row -> row.existsIn(edition) ? row.label(edition) : null);
    }

    static <E extends TableColumn> Optional<E> findColumnLabel(E[] columns, String label, Edition edition) {
        Objects.requireNonNull(edition, "edition");
        return find(columns, label, "label", column -> column.existsIn(edition) ? column.label(edition) : null);
    }

    static IllegalArgumentException notInEdition(String what, Edition edition) {
        return new IllegalArgumentException(what + " does not exist in the " + edition.key() + " edition");
    }
}
