package nl.dialoog.account;

import java.util.UUID;

/** Test data that never collides: the suite shares one database and never assumes an empty table. */
final class TestData {

    static final String PASSWORD = "a long enough passphrase";

    private TestData() {
    }

    static String email() {
        return "t-" + UUID.randomUUID() + "@dialoog.test";
    }

    static String name(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A random IPv4 address from the documentation range, so each test has its own address bucket. */
    static String address() {
        return "198.51." + (int) (Math.random() * 256) + "." + (int) (Math.random() * 256);
    }
}
