package nl.dialoog.room.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.dialoog.DialoogApplication;
import nl.dialoog.room.RoomFixture;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One Dialoog node for tests of several nodes: the whole application on a random port, with the Redis room bus, on
 * the database the test run uses (the shared in-memory H2 of this JVM, or the PostgreSQL run's database) — so two
 * nodes share one database and one Redis, as in production.
 */
final class RoomNode implements AutoCloseable {

    /** Both nodes sign room passes with the same secret, so a pass from one works on the other. */
    private static final String SECRET = "two-node-test-secret-0123456789abcdef";

    final ConfigurableApplicationContext context;

    private RoomNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RoomNode start(String redisUrl, String channel, String... properties) {
        return start(redisUrl, channel, UnaryOperator.identity(), properties);
    }

    /** Starts a node whose room bus is wrapped by {@code bus} (e.g. one that loses messages on purpose). */
    static RoomNode start(String redisUrl, String channel, UnaryOperator<RoomBus> bus, String... properties) {
        // as command-line arguments: they win over application.yml (its server.port), while the database stays
        // whatever the test run configures (the PostgreSQL run's system properties)
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--dialoog.room.bus=redis", "--dialoog.room.redis-url=" + redisUrl,
                "--dialoog.room.redis-channel=" + channel, "--dialoog.shared.form-secret=" + SECRET));
        for (String property : properties) {
            all.add("--" + property);
        }
        SpringApplicationBuilder builder = new SpringApplicationBuilder(DialoogApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("roomNodeTestClasses", new OnlyTheFixture());
                    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                        @Override
                        public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                            return bean instanceof RoomBus roomBus ? bus.apply(roomBus) : bean;
                        }
                    });
                });
        return new RoomNode(builder.run(all.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    RoomFixture fixture() {
        return context.getBean(RoomFixture.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Leaves the test classes out of the node's component scan (as {@code @SpringBootTest} does), except the room
     * fixture: other tests' nested configurations would otherwise replace beans such as the clock.
     */
    static final class OnlyTheFixture extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String location = reader.getResource().getURL().toString();
            return location.contains("/test-classes/")
                    && !reader.getClassMetadata().getClassName().equals(RoomFixture.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnlyTheFixture;
        }

        @Override
        public int hashCode() {
            return OnlyTheFixture.class.hashCode();
        }
    }
}
