package nl.dialoog.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) count only when the connection comes from a
 * proxy named in {@code dialoog.shared.trusted-proxies}. Tomcat's own default, used by
 * {@code server.forward-headers-strategy=native}, trusts every private and loopback address: anyone on the same
 * network could then claim any client address, and so step around the sign-in throttle or blame someone else in the
 * audit trail. This narrows Tomcat's {@link RemoteIpValve} to exactly the configured addresses; it runs after
 * Spring Boot has added the valve, and does nothing while forwarded headers are off.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    /** A regular expression no address matches: no proxy is trusted. */
    static final String NONE = "(?!)";

    private final String internalProxies;

    TrustedProxies(SharedSettings settings) {
        this.internalProxies = pattern(settings.trustedProxies());
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        for (var valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(internalProxies);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The addresses as Tomcat compares them (IPv6 written out in full) and as written, quoted, one alternative each. */
    static String pattern(List<String> addresses) {
        Set<String> forms = new LinkedHashSet<>();
        for (String address : addresses == null ? List.<String>of() : addresses) {
            String literal = address.strip();
            if (literal.isEmpty()) {
                continue;
            }
            if (!literal.matches("[0-9A-Fa-f:.]+") || literal.indexOf(':') < 0 && !literal.matches("[0-9.]+")) {
                throw new IllegalArgumentException("dialoog.shared.trusted-proxies takes IP addresses, not '"
                        + literal + "'");
            }
            try {
                forms.add(literal);
                forms.add(InetAddress.getByName(literal).getHostAddress());
            } catch (UnknownHostException notAnAddress) {
                throw new IllegalArgumentException("dialoog.shared.trusted-proxies: '" + literal
                        + "' is not an IP address", notAnAddress);
            }
        }
        return forms.isEmpty() ? NONE : forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
