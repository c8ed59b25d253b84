package io.github.gongkai.core;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Look-ups shared by the row and column enums. */
final class Keys {

    private Keys() {
    }

    static <E> Optional<E> find(E[] values, String key, Function<E, String> keyOf) {
        Objects.requireNonNull(key, "key");
        for (E value : values) {
            if (keyOf.apply(value).equals(key)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends TableRow> Optional<E> findLabel(E[] rows, String label, Edition edition) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edition, "edition");
        for (E row : rows) {
            if (row.existsIn(edition) && row.label(edition).equals(label)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    static <E extends TableColumn> Optional<E> findColumnLabel(E[] columns, String label, Edition edition) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edition, "edition");
        for (E column : columns) {
            if (column.existsIn(edition) && column.label(edition).equals(label)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    static IllegalArgumentException notInEdition(String what, Edition edition) {
        return new IllegalArgumentException(what + " does not exist in the " + edition.key() + " edition");
    }
}
