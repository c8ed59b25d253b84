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

    /** The environment variable that sets the language when {@code --lang} does not. */
    static final String ENVIRONMENT = "GONGKAI_LANG";

    /** The default: Chinese when the JVM's locale is Chinese, English otherwise. */
    static Lang fromDefaultLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
    }

    /**
     * The language when {@code --lang} is not given: {@value #ENVIRONMENT} ({@code zh}, {@code en}, or a locale such
     * as {@code zh_CN.UTF-8} or {@code en-US}, read by its language), else the system's.
     */
    static Lang fromEnvironment() {
        return parse(System.getenv(ENVIRONMENT)).orElseGet(Lang::fromDefaultLocale);
    }

    /** A language named by a code or a locale ({@code zh}, {@code zh_CN.UTF-8}, {@code en-US}), if it is one. */
    static java.util.Optional<Lang> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String language = text.trim().toLowerCase(Locale.ROOT).split("[-_.@]", 2)[0];
        return language.equals("zh") ? java.util.Optional.of(zh)
                : language.equals("en") ? java.util.Optional.of(en) : java.util.Optional.empty();
    }

    /** Picks the text for this language. */
    String t(String zhText, String enText) {
        return this == zh ? zhText : enText;
    }
}
