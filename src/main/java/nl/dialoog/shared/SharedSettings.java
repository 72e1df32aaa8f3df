package nl.dialoog.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Site-wide settings ({@code dialoog.shared.*}).
 *
 * @param baseUrl         the public address, used in links that leave the site (mails, calendar files)
 * @param maxRequestBytes a request body larger than this is refused with 413 before anything reads it
 * @param formSecret      signs the tokens of public forms (see {@link FormSecret}); random per start when empty
 */
@ConfigurationProperties("dialoog.shared")
public record SharedSettings(String baseUrl, long maxRequestBytes, String formSecret) {
}
