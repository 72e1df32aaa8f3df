package nl.dialoog.shared;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * One place for who may see what. Public: the home page, event pages, sign-in, invitations, static files and
 * health. Organisers work under /organiser, administrators under /admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain web(HttpSecurity http, ObjectProvider<ConnectSources> sources) throws Exception {
        // e.g. the stage's browser code talks to Janus's API, which may live at another address than Dialoog
        String connect = Stream.concat(Stream.of("'self'"), sources.orderedStream()
                        .flatMap(source -> source.addresses().stream())
                        .filter(address -> !address.isBlank())
                        .map(SecurityConfig::origin)
                        .distinct())
                .collect(Collectors.joining(" ", "connect-src ", "; "));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/organiser/**").hasAnyRole("ORGANISER", "ADMIN")
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                // room commands carry the room pass in a header, Janus's events a shared secret: no cookie to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers("/room/commands", "/stage/janus-events")
                        // anonymous visitors keep their token in a cookie, so a public form makes no server session
                        .csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/organiser", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                // images only from Dialoog itself: co-hosts' logos are uploaded, never hot-linked
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        // our own frames (the outbox's sandboxed mail preview), and the stage's
                                        // external stream: the two players it embeds, HLS from anywhere
                                        + "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com "
                                        + "https://vimeo.com; media-src 'self' https: blob:; " + connect
                                        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** Where a relay Janus of the stage is reached by browsers (see the stage's settings). */
    private static String origin(String address) {
        java.net.URI uri = java.net.URI.create(address.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /**
     * No Micrometer observation around each security filter: nobody reads them (only health and info are exposed),
     * and they cost about half of Spring Security's time per request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
