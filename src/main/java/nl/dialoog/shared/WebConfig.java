package nl.dialoog.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public MessageCodesResolver getMessageCodesResolver() {
        return new ValidationMessageCodes();
    }

    /**
     * Static files live under /css, /js and /icons only, each address carrying a hash of the content, so browsers keep them
     * for a year. Mapped to those two folders rather than to everything ({@code /**}, Spring Boot's default, switched
     * off with {@code spring.web.resources.add-mappings=false}): otherwise every link a page writes ({@code @{…}}) is
     * first looked up as a static file in the jar, which cost about a seventh of the server's time for each page.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**")
                .addResourceLocations("classpath:/static/css/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        // Scripts are ES modules that import each other by relative address ('./chat.js'): one version for all of
        // them, in the path (/js/<version>/room/room.js), keeps those imports pointing at files of the same release.
        registry.addResourceHandler("/js/**")
                .addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addFixedVersionStrategy(scriptsVersion(), "/**"));
        // The site's icon: linked from the layout by a versioned address (kept a year), and at /favicon.ico for
        // browsers and tools that ask there without reading the page (kept a week, as its address never changes).
        registry.addResourceHandler("/icons/**")
                .addResourceLocations("classpath:/static/icons/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/icons/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
        // Every other address still has a handler, one that looks for no file: so an unknown address goes through
        // Spring MVC like any page (the language switch, the translated 404 page), and page links cost no file lookup.
        registry.addResourceHandler("/**");
    }

    /** A hash of every script's path and content: it changes whenever any script does. */
    static String scriptsVersion() {
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:/static/js/**/*.js");
            Arrays.sort(scripts, Comparator.comparing(WebConfig::location));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource script : scripts) {
                String location = location(script);
                digest.update(location.substring(location.lastIndexOf("/static/js/") + 1).getBytes(StandardCharsets.UTF_8));
                try (InputStream content = script.getInputStream()) {
                    digest.update(content.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (IOException | NoSuchAlgorithmException unreadable) {
            throw new IllegalStateException("cannot read the scripts under static/js", unreadable);
        }
    }

    private static String location(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException unreadable) {
            return resource.getDescription();
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {
            // the error page of a request whose parameters cannot be read must not read them again
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws ServletException {
                return request.getDispatcherType() == DispatcherType.ERROR || super.preHandle(request, response, handler);
            }
        };
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
    }
}
