package io.github.gongkai.spring.boot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongkai.jackson2.GongkaiJackson2Module;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails the startup when an {@code ObjectMapper} bean would not write and read {@code Report} with
 * {@link GongkaiJackson2Module} (a mapper the application built itself, which Boot's {@code Module} beans do not
 * reach): {@link GongkaiJackson2Module#requireRegistered(ObjectMapper)} on each. Immutable.
 */
final class ObjectMapperCheck implements SmartInitializingSingleton {

    private final ObjectProvider<ObjectMapper> mapper;

    ObjectMapperCheck(ObjectProvider<ObjectMapper> mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public void afterSingletonsInstantiated() {
        mapper.orderedStream().forEach(GongkaiJackson2Module::requireRegistered);
    }
}
