package io.github.gongkai.cli;

import java.util.Locale;

/** The language of the CLI's output: findings come from the validation bundles, the rest from here. */
enum Lang {
    /** 简体中文. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The default: Chinese when the JVM's locale is Chinese, English otherwise. */
    static Lang fromDefaultLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
    }

    /** Picks the text for this language. */
    String t(String zhText, String enText) {
        return this == zh ? zhText : enText;
    }
}
