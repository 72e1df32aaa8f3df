package nl.dialoog.bench;

import jakarta.servlet.Filter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Bench-only: counts the SQL statements each request prepares. The data source is wrapped so that every statement a
 * connection prepares or creates is counted for the request thread; a filter starts the count and files it under
 * the request's {@code X-Bench-Request} header. A {@link TestConfiguration}, so no test context picks it up by
 * scanning: only {@link DashboardBench} adds it.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

    static final Map<String, Integer> BY_REQUEST = new ConcurrentHashMap<>();

    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source ? counting(source) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementCounter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            int[] count = new int[1];
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                String id = ((jakarta.servlet.http.HttpServletRequest) request).getHeader("X-Bench-Request");
                if (id != null) {
                    BY_REQUEST.put(id, count[0]);
                }
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static DataSource counting(DataSource source) {
        return (DataSource) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(source, method, args);
                    return result instanceof Connection connection ? counting(connection) : result;
                });
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement")
                            || name.equals("prepareCall")) {
                        int[] count = CURRENT.get();
                        if (count != null) {
                            count[0]++;
                        }
                    }
                    return invoke(connection, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
