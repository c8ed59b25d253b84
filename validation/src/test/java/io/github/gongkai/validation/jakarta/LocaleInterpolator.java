package io.github.gongkai.validation.jakarta;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;

/** Interpolates every message in one locale, as an application serving one request would. */
final class LocaleInterpolator implements MessageInterpolator {

    private final MessageInterpolator delegate;
    private final Locale locale;

    LocaleInterpolator(MessageInterpolator delegate, Locale locale) {
        this.delegate = delegate;
        this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return delegate.interpolate(template, context, locale);
    }
}
