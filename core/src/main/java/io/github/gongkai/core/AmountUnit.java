package io.github.gongkai.core;

import java.util.Objects;
import java.util.Optional;

/** The unit of an amount of money, as printed in the cell or fixed by the column header. */
public enum AmountUnit {
    /** 元 (yuan). */
    YUAN("元"),
    /** 万元 (ten thousand yuan). */
    TEN_THOUSAND_YUAN("万元"),
    /** No unit printed in the cell, and none fixed by the header (the 2019 edition's 采购总金额). */
    UNSTATED("");

    private final String symbol;

    AmountUnit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the unit as printed in Chinese, {@code "元"} or {@code "万元"}; empty for {@link #UNSTATED}.
     *
     * @return the symbol, never null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Finds the unit printed as the given symbol.
     *
     * @param symbol {@code "元"} or {@code "万元"}
     * @return the unit, or empty if the symbol is no unit
     */
    public static Optional<AmountUnit> fromSymbol(String symbol) {
        Objects.requireNonNull(symbol, "symbol");
        for (AmountUnit unit : values()) {
            if (unit != UNSTATED && unit.symbol.equals(symbol)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
