package nl.dialoog.account;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/** The password rules, and random passwords for the first administrator. */
final class Passwords {

    static final int MIN_LENGTH = 12;

    /** bcrypt reads only the first 72 bytes; Spring Security refuses longer passwords rather than cut them. */
    static final int MAX_BYTES = 72;

    /** No look-alikes (0/O, 1/l/I), so a password read from a log can be typed without guessing. */
    private static final char[] ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** 24 characters from 57 symbols: about 140 bits. */
    private static final int RANDOM_LENGTH = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String random() {
        StringBuilder password = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    static boolean tooShort(String password) {
        return password == null || password.length() < MIN_LENGTH;
    }

    static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
